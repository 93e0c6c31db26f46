using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Album;

/// <summary>Set-ImgurAlbum: changes an album's title, description, cover, privacy or layout (AL-05).</summary>
[Cmdlet(VerbsCommon.Set, "ImgurAlbum", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Set-ImgurAlbum.md")]
[OutputType(typeof(ImgurAlbum))]
public sealed class SetImgurAlbumCommand : ImgurApiCmdlet
{
    /// <summary>The album ids (your own albums, signed in); binds the AlbumId property of piped albums.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string[]? AlbumId { get; set; }

    /// <summary>The album's deletehash, which anonymous albums need; binds the DeleteHash property of piped albums.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ImgurId]
    public string? DeleteHash { get; set; }

    /// <summary>The new title; binds the Title property of piped records (Import-Csv).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Title { get; set; }

    /// <summary>The album description; binds the Description property of piped records.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Description { get; set; }

    /// <summary>public, hidden or secret. Imgur has deprecated album privacy but still honours it.</summary>
    [Parameter]
    [ValidateSet("public", "hidden", "secret")]
    public string? Privacy { get; set; }

    /// <summary>blog, grid, horizontal or vertical. Imgur has deprecated layouts but still stores them.</summary>
    [Parameter]
    [ValidateSet("blog", "grid", "horizontal", "vertical")]
    public string? Layout { get; set; }

    /// <summary>The id of the image to show as the cover.</summary>
    [Parameter]
    public string? Cover { get; set; }

    /// <summary>Writes the album as Imgur has it after the change (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        if (!ContentAddress.TryEach(this, "album", AlbumId, DeleteHash, out var ids)) return;
        foreach (var each in ids)
        {
            if (!ContentAddress.TryChoose(this, call, "album", each, nameof(AlbumId), DeleteHash, out var address)) continue;
            if (!ShouldChange($"album {address}", "Update the album")) continue;
            var id = ContentAddress.Id(each);
            Change<ImgurAlbum>(Client.UpdateAlbumAsync(call, address, Details()), address, PassThru,
                id is null ? null : () => Client.GetAlbumAsync(call, id, DeleteHash));
        }
    }

    private AlbumDetails Details() => new() { Title = Title, Description = Description, Privacy = Privacy, Layout = Layout, Cover = Cover };
}
