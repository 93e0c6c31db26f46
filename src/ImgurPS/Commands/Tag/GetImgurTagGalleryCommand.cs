using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Commands.Gallery;
using ImgurPS.Models;

namespace ImgurPS.Commands.Tag;

/// <summary>Get-ImgurTagGallery: the gallery items with a tag (TG-03), or one of them (TG-04).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurTagGallery", DefaultParameterSetName = ListingSet)]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum), typeof(ImgurTag))]
public sealed class GetImgurTagGalleryCommand : ImgurApiCmdlet
{
    private const string ListingSet = "Listing";
    private const string ByIdSet = "ById";

    /// <summary>The tag's name; tags from Get-ImgurTag bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string TagName { get; set; } = string.Empty;

    /// <summary>The id of one gallery item with the tag.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurId]
    public string GalleryId { get; set; } = string.Empty;

    /// <summary>The order: viral (default), top or time.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("viral", "top", "time")]
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

    /// <summary>Writes, for each page, the tag (followers, description...) with the page's items in Items, instead of the items.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter IncludeTag { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        if (ParameterSetName == ByIdSet)
        {
            if (TryAwait(Client.GetTagGalleryItemAsync(call, TagName, GalleryId), GalleryId, out var item)) WriteObject(item);
            return;
        }

        var pages = ContainerPages.Of(page => Client.GetTagGalleryPageAsync(call, TagName, Sort.ToLowerInvariant(), Window.ToLowerInvariant(), page), tag => tag.Items, IncludeTag);
        WritePages(pages, Page, All, TagName);
    }
}
