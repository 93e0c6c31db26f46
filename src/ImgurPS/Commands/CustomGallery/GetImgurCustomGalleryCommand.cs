using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Commands.Gallery;
using ImgurPS.Models;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Get-ImgurCustomGallery: the signed-in user's custom gallery, built from chosen tags (CG-01), or one of its items (CG-02).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurCustomGallery", DefaultParameterSetName = ListingSet)]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum), typeof(ImgurCustomGallery))]
public sealed class GetImgurCustomGalleryCommand : ImgurApiCmdlet
{
    private const string ListingSet = "Listing";
    private const string ByIdSet = "ById";

    /// <summary>The id of one item of the custom gallery; gallery items bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GalleryId")]
    [ValidateNotNullOrEmpty]
    [ImgurId]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>The order: viral (default), time or top.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("viral", "time", "top")]
    public string Sort { get; set; } = "viral";

    /// <summary>The time window for -Sort top: day, week (default), month, year or all.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("day", "week", "month", "year", "all")]
    public string Window { get; set; } = "week";

    /// <summary>The page, from 0. Imgur sets the page size.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter All { get; set; }

    /// <summary>Writes, for each page, the custom gallery object (tags, item count, link, and the page's items in Items) instead of the items.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter IncludeGallery { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (ParameterSetName == ByIdSet)
        {
            if (TryAwait(Client.GetCustomGalleryItemAsync(call, ItemId), ItemId, out var item)) WriteObject(item);
            return;
        }

        var pages = ContainerPages.Of(page => Client.GetCustomGalleryPageAsync(call, filtered: false, Sort.ToLowerInvariant(), Window.ToLowerInvariant(), page), gallery => gallery.Items, IncludeGallery);
        WritePages(pages, Page, All, "custom gallery");
    }
}
