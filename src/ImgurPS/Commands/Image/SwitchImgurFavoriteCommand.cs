using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Image;

/// <summary>
/// Switch-ImgurFavorite: toggles an image (IM-06) or an album (AL-07) among the signed-in user's favorites and
/// tells whether it is a favorite now.
/// </summary>
[Cmdlet(VerbsCommon.Switch, "ImgurFavorite", DefaultParameterSetName = ImageSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Switch-ImgurFavorite.md")]
[OutputType(typeof(ImgurFavoriteResult))]
public sealed class SwitchImgurFavoriteCommand : ImgurApiCmdlet
{
    private const string ImageSet = "Image";
    private const string AlbumSet = "Album";

    /// <summary>The image ids; binds the ImageId property of piped images.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ImageSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[] ImageId { get; set; } = System.Array.Empty<string>();

    /// <summary>The album ids; binds the AlbumId property of piped albums.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AlbumSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string[] AlbumId { get; set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        var album = ParameterSetName == AlbumSet;
        foreach (var id in album ? AlbumId : ImageId)
        {
            if (!ShouldChange($"{(album ? "album" : "image")} {id}", "Toggle the favorite")) continue;
            var toggle = album ? Client.ToggleAlbumFavoriteAsync(call, id) : Client.ToggleImageFavoriteAsync(call, id);
            WriteResult(toggle, id);
        }
    }
}
