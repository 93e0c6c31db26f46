using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Album;

/// <summary>Add-ImgurAlbumImage: appends images to an album (AL-09), all in one request.</summary>
[Cmdlet(VerbsCommon.Add, "ImgurAlbumImage", DefaultParameterSetName = AlbumIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Add-ImgurAlbumImage.md")]
[OutputType(typeof(ImgurAlbum))]
public sealed class AddImgurAlbumImageCommand : AlbumImageCmdlet
{
    /// <summary>Deletehashes of anonymous images; binds the DeleteHash property of piped images. An anonymous session names images by these.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DeleteHash")]
    [ImgurId]
    public string[]? ImageDeleteHash { get; set; }

    private protected override string[]? ImageDeleteHashes => ImageDeleteHash;

    private protected override Task? StartChange(ImgurCall call)
    {
        var images = Images.ToSet(call);
        return ShouldChange($"album {Album}", $"Add image(s) {images}") ? Client.AddAlbumImagesAsync(call, Album, images) : null;
    }
}
