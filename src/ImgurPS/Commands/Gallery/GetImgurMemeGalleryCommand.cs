using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Get-ImgurMemeGallery: the memes gallery (GA-21), or one of its images (GA-22); images carry MemeMetadata.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurMemeGallery", DefaultParameterSetName = ListingSet)]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurMemeGalleryCommand : ImgurApiCmdlet
{
    private const string ListingSet = "Listing";
    private const string ByIdSet = "ById";

    /// <summary>The id of one image of the memes gallery.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string ImageId { get; set; } = string.Empty;

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

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        if (ParameterSetName == ByIdSet)
        {
            if (TryAwait(Client.GetMemeImageAsync(call, ImageId), ImageId, out var item)) WriteObject(item);
            return;
        }

        WritePages(page => Client.GetMemePageAsync(call, Sort.ToLowerInvariant(), Window.ToLowerInvariant(), page), Page, All, "memes");
    }
}
