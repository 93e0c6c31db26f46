using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Album;

/// <summary>Set-ImgurAlbumImage: replaces the images of an album with the ones given (AL-08), in one request.</summary>
[Cmdlet(VerbsCommon.Set, "ImgurAlbumImage", DefaultParameterSetName = AlbumIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Set-ImgurAlbumImage.md")]
[OutputType(typeof(ImgurAlbum))]
public sealed class SetImgurAlbumImageCommand : AlbumImageCmdlet
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
        return ShouldChange($"album {Album}", $"Replace the album's images with {images}") ? Client.SetAlbumImagesAsync(call, Album, images) : null;
    }
}
