using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Unpublish-ImgurGalleryItem: takes a post out of the public gallery (GA-08); the image or album stays in the account.</summary>
[Cmdlet(VerbsData.Unpublish, "ImgurGalleryItem", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpPages.Root + "Unpublish-ImgurGalleryItem.md")]
[OutputType(typeof(ImgurImage), typeof(ImgurAlbum))]
public sealed class UnpublishImgurGalleryItemCommand : ImgurApiCmdlet
{
    /// <summary>The gallery item's id; gallery items bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string[] GalleryId { get; set; } = System.Array.Empty<string>();

    /// <summary>Removes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes the image or album as it is once out of the gallery (one or two more requests each).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ChangeEach(GalleryId, id => $"gallery item {id}", "Remove from the public gallery", (call, id) => Client.UnpublishAsync(call, id), force: Force,
            passOn: PassThru ? (call, id) => WriteReadBack(() => Client.GetUnpublishedAsync(call, id), id) : null);
    }
}
