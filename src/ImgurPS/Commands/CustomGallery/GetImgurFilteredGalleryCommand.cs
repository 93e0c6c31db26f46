using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Commands.Gallery;
using ImgurPS.Models;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Get-ImgurFilteredGallery: the gallery items the signed-in user's blocked tags hide (CG-05).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurFilteredGallery", HelpUri = HelpPages.Root + "Get-ImgurFilteredGallery.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum), typeof(ImgurCustomGallery))]
public sealed class GetImgurFilteredGalleryCommand : ImgurApiCmdlet
{
    /// <summary>The order: viral (default), time or top.</summary>
    [Parameter]
    [ValidateSet("viral", "time", "top")]
    public string Sort { get; set; } = "viral";

    /// <summary>The time window for -Sort top: day, week (default), month, year or all.</summary>
    [Parameter]
    [ValidateSet("day", "week", "month", "year", "all")]
    public string Window { get; set; } = "week";

    /// <summary>The page, from 0. Imgur sets the page size.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>Writes, for each page, the filtered gallery object (blocked tags, item count, and the page's items in Items) instead of the items.</summary>
    [Parameter]
    public SwitchParameter IncludeGallery { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        var (sort, window) = (Sort.ToLowerInvariant(), Window.ToLowerInvariant());
        WritePages(page => ContainerPages.Read(Client.GetCustomGalleryPageAsync(call, filtered: true, sort, window, page), gallery => gallery.Items, IncludeGallery), Page, All, "filtered gallery");
    }
}
