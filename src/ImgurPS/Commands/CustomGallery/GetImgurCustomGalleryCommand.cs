using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Commands.Gallery;
using ImgurPS.Models;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Get-ImgurCustomGallery: the signed-in user's custom gallery, built from chosen tags (CG-01), or one of its items (CG-02).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurCustomGallery", DefaultParameterSetName = ListingSet, HelpUri = HelpPages.Root + "Get-ImgurCustomGallery.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum), typeof(ImgurCustomGallery))]
public sealed class GetImgurCustomGalleryCommand : GalleryListingCmdlet
{
    /// <summary>The id of one item of the custom gallery; gallery items bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GalleryId")]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>The order: viral (default), time or top.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("viral", "time", "top")]
    public string Sort { get; set; } = "viral";

    /// <summary>Writes, for each page, the custom gallery object (tags, item count, link, and the page's items in Items) instead of the items.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter IncludeGallery { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        WriteItemOrPages(() => Client.GetCustomGalleryItemAsync(call, ItemId), ItemId,
            (window, page) => ContainerPages.Read(Client.GetCustomGalleryPageAsync(call, filtered: false, Sort.ToLowerInvariant(), window, page), gallery => gallery.Items, IncludeGallery),
            "custom gallery");
    }
}
