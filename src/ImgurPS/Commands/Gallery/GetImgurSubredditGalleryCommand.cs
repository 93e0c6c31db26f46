using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Get-ImgurSubredditGallery: the gallery of a subreddit (GA-02), or one of its images (GA-03).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurSubredditGallery", DefaultParameterSetName = ListingSet)]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurSubredditGalleryCommand : ImgurApiCmdlet
{
    private const string ListingSet = "Listing";
    private const string ByIdSet = "ById";

    /// <summary>The subreddit's name, e.g. pics (without /r/). Subreddit images carry it as Section, so they bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Section")]
    [ValidateNotNullOrEmpty]
    public string Subreddit { get; set; } = string.Empty;

    /// <summary>The id of one image of the subreddit gallery.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string ImageId { get; set; } = string.Empty;

    /// <summary>The order: time (default, newest first) or top.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("time", "top")]
    public string Sort { get; set; } = "time";

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

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        if (ParameterSetName == ByIdSet)
        {
            if (TryAwait(Client.GetSubredditImageAsync(call, Subreddit, ImageId), ImageId, out var item)) WriteObject(item);
            return;
        }

        WritePages(page => Client.GetSubredditPageAsync(call, Subreddit, Sort.ToLowerInvariant(), Window.ToLowerInvariant(), page), Page, All, Subreddit);
    }
}
