using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Get-ImgurGallery: pages of the main gallery (GA-01) or of the random gallery (GA-05), as gallery images and gallery albums.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurGallery", DefaultParameterSetName = ListingSet, HelpUri = HelpPages.Root + "Get-ImgurGallery.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurGalleryCommand : ImgurApiCmdlet
{
    private const string ListingSet = "Listing";
    private const string RandomSet = "Random";

    /// <summary>The gallery section: hot (default), top or user.</summary>
    [Parameter(Position = 0, ParameterSetName = ListingSet)]
    [ValidateSet("hot", "top", "user")]
    public string Section { get; set; } = "hot";

    /// <summary>The order: viral (default), top, time, or rising (user section only).</summary>
    [Parameter(Position = 1, ParameterSetName = ListingSet)]
    [ValidateSet("viral", "top", "time", "rising")]
    public string Sort { get; set; } = "viral";

    /// <summary>The time window for -Sort top: day (default), week, month, year or all.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("day", "week", "month", "year", "all")]
    public string Window { get; set; } = "day";

    /// <summary>Reads the random gallery instead, which Imgur has deprecated and may retire.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RandomSet)]
    public SwitchParameter Random { get; set; }

    /// <summary>The page, from 0. Imgur sets the page size (about 60 items).</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>Whether the user section includes viral items; Imgur's default is yes. Use -ShowViral:$false to leave them out.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter ShowViral { get; set; }

    /// <summary>Include mature items (honoured for anonymous sessions; users get their account setting).</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter Mature { get; set; }

    /// <summary>Include preview images of albums.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter AlbumPreviews { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == RandomSet)
        {
            var randomCall = NewCall();
            WritePages(page => Client.GetRandomGalleryPageAsync(randomCall, page), Page, All, "random");
            return;
        }

        if (Sort == "rising" && Section != "user")
        {
            ThrowTerminatingError(new ErrorRecord(
                new PSArgumentException($"-Sort rising works only with -Section user (you gave -Section {Section})."),
                "RisingNeedsUserSection",
                ErrorCategory.InvalidArgument,
                Sort));
        }

        var listing = new GalleryListing
        {
            Section = Section.ToLowerInvariant(),
            Sort = Sort.ToLowerInvariant(),
            Window = Window.ToLowerInvariant(),
            ShowViral = Switch(nameof(ShowViral), ShowViral),
            Mature = Switch(nameof(Mature), Mature),
            AlbumPreviews = Switch(nameof(AlbumPreviews), AlbumPreviews),
        };
        var call = NewCall();
        WritePages(page => Client.GetGalleryPageAsync(call, listing, page), Page, All, listing);
    }

    // Only switches the user gave are sent, so Imgur's own defaults apply otherwise.
    private bool? Switch(string name, SwitchParameter value) => MyInvocation.BoundParameters.ContainsKey(name) ? value.IsPresent : null;
}
