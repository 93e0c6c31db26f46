using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Album;

/// <summary>Set-ImgurAlbumImage: replaces the images of an album with the ones given (AL-08), in one request.</summary>
[Cmdlet(VerbsCommon.Set, "ImgurAlbumImage", DefaultParameterSetName = AlbumIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Set-ImgurAlbumImage.md")]
[OutputType(typeof(void))]
public sealed class SetImgurAlbumImageCommand : AlbumImageCmdlet
{
    /// <summary>Deletehashes of anonymous images; binds the DeleteHash property of piped images. An anonymous session names images by these.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DeleteHash")]
    [ImgurId]
    public string[]? ImageDeleteHash { get; set; }

    private protected override string[]? ImageDeleteHashes => ImageDeleteHash;

    private protected override void Change(ImgurCall call)
    {
        var images = Images.ToSet(call);
        if (!ShouldChange($"album {Album}", $"Replace the album's images with {images}")) return;
        TryAwait(Client.SetAlbumImagesAsync(call, Album, images), Album);
    }
}
