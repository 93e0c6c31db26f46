using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Album;

/// <summary>
/// Remove-ImgurAlbum: deletes albums, by id or deletehash (AL-06) or through the owner's account (AC-16). The
/// images in them are not deleted.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "ImgurAlbum", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpPages.Root + "Remove-ImgurAlbum.md")]
[OutputType(typeof(void))]
public sealed class RemoveImgurAlbumCommand : ImgurApiCmdlet
{
    private const string IdSet = "Id";
    private const string AccountSet = "Account";

    /// <summary>The album ids; binds the AlbumId property of piped albums.</summary>
    [Parameter(Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    // Not mandatory here: a mandatory pipeline parameter would pull piped albums into this set.
    [Parameter(Position = 0, ParameterSetName = AccountSet, ValueFromPipelineByPropertyName = true)]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string[]? AlbumId { get; set; }

    /// <summary>The album's deletehash, which anonymous albums need; binds the DeleteHash property of piped albums.</summary>
    [Parameter(ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [ImgurId]
    public string? DeleteHash { get; set; }

    /// <summary>Deletes through this account's route; "me" is the signed-in user.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccountSet)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>Deletes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == AccountSet)
        {
            // The account route knows an album by its id.
            var owner = NewCall(requiresUser: true);
            foreach (var id in AlbumId is { Length: > 0 } ? AlbumId : new string?[] { null })
            {
                if (!ContentAddress.TryGiven(this, "album", id, nameof(AlbumId), out var albumId)) continue;
                if (ShouldChange($"album {albumId} of {Username}", "Delete the album", Force)) TryAwait(Client.DeleteAccountContentAsync(owner, AccountContent.Albums, Username, albumId), albumId);
            }
            return;
        }

        var call = NewCall();
        if (!ContentAddress.TryEach(this, "album", AlbumId, DeleteHash, out var ids)) return;
        foreach (var id in ids)
        {
            if (!ContentAddress.TryChoose(this, call, "album", id, nameof(AlbumId), DeleteHash, out var address)) continue;
            if (ShouldChange($"album {address}", "Delete the album (its images stay)", Force)) TryAwait(Client.DeleteAlbumAsync(call, address), address);
        }
    }
}
