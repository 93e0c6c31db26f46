using System.Management.Automation;

namespace ImgurPS.Commands.Album;

/// <summary>Base of Add- and Set-ImgurAlbumImage, which also take anonymous images by their deletehashes.</summary>
public abstract class AlbumImageByDeleteHashCmdlet : AlbumImageCmdlet
{
    /// <summary>Deletehashes of anonymous images; binds the DeleteHash property of piped images. An anonymous session names images by these.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DeleteHash")]
    [ImgurId]
    public string[]? ImageDeleteHash { get; set; }

    private protected override string[]? ImageDeleteHashes => ImageDeleteHash;
}
