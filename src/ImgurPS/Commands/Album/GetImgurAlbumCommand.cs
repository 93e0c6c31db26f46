using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Album;

/// <summary>Get-ImgurAlbum: albums by id (AL-01), with their images.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAlbum", HelpUri = HelpPages.Root + "Get-ImgurAlbum.md")]
[OutputType(typeof(ImgurAlbum))]
public sealed class GetImgurAlbumCommand : ImgurApiCmdlet
{
    /// <summary>The album ids; binds the AlbumId property of piped objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string[] AlbumId { get; set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        foreach (var id in AlbumId)
        {
            WriteResult(Client.GetAlbumAsync(call, id), id);
        }
    }
}
