using System;
using System.Management.Automation;
using ImgurPS.Client;

namespace ImgurPS.Commands.Album;

/// <summary>
/// Base of the cmdlets that change which images an album holds (AL-08..AL-10): the album comes from parameters,
/// the images from parameters or the pipeline, and one request goes out in EndProcessing for all of them.
/// </summary>
public abstract class AlbumImageCmdlet : ImgurApiCmdlet
{
    private protected const string AlbumIdSet = "AlbumId";
    private protected const string AlbumDeleteHashSet = "AlbumDeleteHash";

    /// <summary>The album id (your own album, signed in). An anonymous album's deletehash works here too.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AlbumIdSet)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string AlbumId { get; set; } = string.Empty;

    /// <summary>The deletehash of an anonymous album, from New-ImgurAlbum.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AlbumDeleteHashSet)]
    [ValidateNotNullOrEmpty]
    [ImgurId]
    public string AlbumDeleteHash { get; set; } = string.Empty;

    /// <summary>Image ids; binds the ImageId property of piped images.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[]? ImageId { get; set; }

    private protected ImageBatch Images { get; } = new();

    /// <summary>The image deletehashes the cmdlet accepts; none unless it declares the parameter.</summary>
    private protected virtual string[]? ImageDeleteHashes => null;

    /// <summary>The address of the album in the request path.</summary>
    private protected string Album => ParameterSetName == AlbumDeleteHashSet ? AlbumDeleteHash : AlbumId;

    /// <inheritdoc />
    protected override void ProcessRecord() => Images.Add(ImageId, ImageDeleteHashes);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var call = NewCall();
        if (Images.Count == 0)
        {
            WriteError(new ErrorRecord(
                new PSArgumentException($"No images given for album {Album}. Give -ImageId, or pipe images (e.g. from Send-ImgurImage or Get-ImgurAccountImage)."),
                "ImgurNoImages",
                ErrorCategory.InvalidArgument,
                Album));
            return;
        }

        Change(call);
    }

    /// <summary>Sends the one request with the gathered images.</summary>
    private protected abstract void Change(ImgurCall call);
}
