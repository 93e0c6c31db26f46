using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Search-ImgurGallery: searches the gallery (GA-04) with a query, or with the advanced fields.</summary>
[Cmdlet(VerbsCommon.Search, "ImgurGallery", DefaultParameterSetName = QuerySet, HelpUri = HelpPages.Root + "Search-ImgurGallery.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class SearchImgurGalleryCommand : ImgurApiCmdlet
{
    private const string QuerySet = "Query";
    private const string AdvancedSet = "Advanced";

    /// <summary>The query. It understands AND, OR, NOT and the prefixes tag:, user:, title:, ext:, subreddit:, album: and meme:.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = QuerySet, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string Query { get; set; } = string.Empty;

    /// <summary>Items must match all of these words.</summary>
    [Parameter(ParameterSetName = AdvancedSet)]
    public string? AllWords { get; set; }

    /// <summary>Items must match at least one of these words.</summary>
    [Parameter(ParameterSetName = AdvancedSet)]
    public string? AnyWords { get; set; }

    /// <summary>Items must match this exact phrase.</summary>
    [Parameter(ParameterSetName = AdvancedSet)]
    public string? ExactPhrase { get; set; }

    /// <summary>Items must not match any of these words.</summary>
    [Parameter(ParameterSetName = AdvancedSet)]
    public string? ExcludeWords { get; set; }

    /// <summary>Only items of this kind: jpg, png, gif, anigif (animated GIF) or album.</summary>
    [Parameter(ParameterSetName = AdvancedSet)]
    [ValidateSet("jpg", "png", "gif", "anigif", "album")]
    public string? FileType { get; set; }

    /// <summary>Only images of this size: small (up to 500 px), med (500-2000), big (2000-5000), lrg (5000-10000) or huge (10000 and more).</summary>
    [Parameter(ParameterSetName = AdvancedSet)]
    [ValidateSet("small", "med", "big", "lrg", "huge")]
    public string? ImageSize { get; set; }

    /// <summary>The order: time (default, newest first), viral or top.</summary>
    [Parameter]
    [ValidateSet("time", "viral", "top")]
    public string Sort { get; set; } = "time";

    /// <summary>The time window for -Sort top: day, week, month, year or all (default).</summary>
    [Parameter]
    [ValidateSet("day", "week", "month", "year", "all")]
    public string Window { get; set; } = "all";

    /// <summary>The page, from 0. Imgur sets the page size.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var search = new GallerySearch
        {
            Query = ParameterSetName == QuerySet ? Query : null,
            AllWords = AllWords,
            AnyWords = AnyWords,
            ExactPhrase = ExactPhrase,
            ExcludeWords = ExcludeWords,
            FileType = FileType?.ToLowerInvariant(),
            ImageSize = ImageSize?.ToLowerInvariant(),
            Sort = Sort.ToLowerInvariant(),
            Window = Window.ToLowerInvariant(),
        };
        if (ParameterSetName == AdvancedSet && !search.IsAdvanced)
        {
            ThrowTerminatingError(new ErrorRecord(
                new PSArgumentException("The advanced search needs at least one non-empty value among -AllWords, -AnyWords, -ExactPhrase, -ExcludeWords, -FileType and -ImageSize; or use -Query."),
                "SearchNeedsCriteria",
                ErrorCategory.InvalidArgument,
                null));
        }

        var call = NewCall();
        WritePages(page => Client.SearchGalleryPageAsync(call, search, page), Page, All, search.Query ?? "advanced search");
    }
}
