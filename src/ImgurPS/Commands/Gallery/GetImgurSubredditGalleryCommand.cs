using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Get-ImgurSubredditGallery: the gallery of a subreddit (GA-02), or one of its images (GA-03).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurSubredditGallery", DefaultParameterSetName = ListingSet, HelpUri = HelpPages.Root + "Get-ImgurSubredditGallery.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurSubredditGalleryCommand : GalleryListingCmdlet
{
    /// <summary>The subreddit's name, e.g. pics (without /r/). Subreddit images carry it as Section, so they bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Section")]
    [ValidateNotNullOrEmpty]
    public string Subreddit { get; set; } = string.Empty;

    /// <summary>The id of one image of the subreddit gallery.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string ImageId { get; set; } = string.Empty;

    /// <summary>The order: time (default, newest first) or top.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("time", "top")]
    public string Sort { get; set; } = "time";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        WriteItemOrPages(() => Client.GetSubredditImageAsync(call, Subreddit, ImageId), ImageId,
            (window, page) => Client.GetSubredditPageAsync(call, Subreddit, Sort.ToLowerInvariant(), window, page), Subreddit);
    }
}
