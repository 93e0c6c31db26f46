using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Get-ImgurMemeGallery: the memes gallery (GA-21), or one of its images (GA-22); images carry MemeMetadata.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurMemeGallery", DefaultParameterSetName = ListingSet, HelpUri = HelpPages.Root + "Get-ImgurMemeGallery.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurMemeGalleryCommand : GalleryListingCmdlet
{
    /// <summary>The id of one image of the memes gallery.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string ImageId { get; set; } = string.Empty;

    /// <summary>The order: viral (default), time or top.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("viral", "time", "top")]
    public string Sort { get; set; } = "viral";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        WriteItemOrPages(() => Client.GetMemeImageAsync(call, ImageId), ImageId,
            (window, page) => Client.GetMemePageAsync(call, Sort.ToLowerInvariant(), window, page), "memes");
    }
}
