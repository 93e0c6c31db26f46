using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Commands.Gallery;
using ImgurPS.Models;

namespace ImgurPS.Commands.Tag;

/// <summary>Get-ImgurTagGallery: the gallery items with a tag (TG-03), or one of them (TG-04).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurTagGallery", DefaultParameterSetName = ListingSet, HelpUri = HelpPages.Root + "Get-ImgurTagGallery.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum), typeof(ImgurTag))]
public sealed class GetImgurTagGalleryCommand : GalleryListingCmdlet
{
    /// <summary>The tag's name; tags from Get-ImgurTag bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string TagName { get; set; } = string.Empty;

    /// <summary>The id of one gallery item with the tag.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string GalleryId { get; set; } = string.Empty;

    /// <summary>The order: viral (default), top or time.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("viral", "top", "time")]
    public string Sort { get; set; } = "viral";

    /// <summary>Writes, for each page, the tag (followers, description...) with the page's items in Items, instead of the items.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter IncludeTag { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        WriteItemOrPages(() => Client.GetTagGalleryItemAsync(call, TagName, GalleryId), GalleryId,
            (window, page) => ContainerPages.Read(Client.GetTagGalleryPageAsync(call, TagName, Sort.ToLowerInvariant(), window, page), tag => tag.Items, IncludeTag),
            TagName);
    }
}
