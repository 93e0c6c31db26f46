using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Album;

/// <summary>Get-ImgurAlbumImage: every image of an album (AL-02, not paged), or one image of it (AL-03).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAlbumImage", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurAlbumImage.md")]
[OutputType(typeof(ImgurImage))]
public sealed class GetImgurAlbumImageCommand : ImgurApiCmdlet
{
    private const string ListSet = "List";
    private const string ByIdSet = "ById";

    /// <summary>The album id; binds the AlbumId property of piped albums.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string AlbumId { get; set; } = string.Empty;

    /// <summary>The ids of images in the album to get, instead of all of them.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByIdSet)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[] ImageId { get; set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        if (ParameterSetName == ListSet)
        {
            WriteResult(Client.GetAlbumImagesAsync(call, AlbumId), AlbumId, enumerateCollection: true);
            return;
        }

        foreach (var id in ImageId)
        {
            WriteResult(Client.GetAlbumImageAsync(call, AlbumId, id), id);
        }
    }
}
