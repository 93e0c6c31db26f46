using System;
using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client.Api;
using ImgurPS.Models;
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

    /// <summary>
    /// The album id (your own album, signed in). An anonymous album's deletehash works here too. With -AlbumDeleteHash,
    /// the id only lets -PassThru read the album back.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AlbumIdSet)]
    [Parameter(ParameterSetName = AlbumDeleteHashSet)]
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

    /// <summary>Writes the album as Imgur has it after the change (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

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

        if (StartChange(call) is { } change) Change(change, Album, PassThru, ReadBack(call));
    }

    /// <summary>
    /// Starts the one request with the gathered images, or writes why there is none to send and gives null.
    /// Confirmation is asked for here.
    /// </summary>
    private protected abstract Task? StartChange(ImgurCall call);

    /// <summary>Reads the album by its id; null when only its deletehash is known.</summary>
    private Func<Task<ImgurAlbum>>? ReadBack(ImgurCall call)
    {
        var id = ContentAddress.Id(AlbumId);
        var deleteHash = ParameterSetName == AlbumDeleteHashSet ? AlbumDeleteHash : null;
        return id is null ? null : () => Client.GetAlbumAsync(call, id, deleteHash);
    }
}
