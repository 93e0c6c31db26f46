using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Album;

/// <summary>
/// Base of New- and Set-ImgurAlbum: the album fields besides the title, which each declares itself because
/// New-ImgurAlbum takes it by position.
/// </summary>
public abstract class AlbumDetailsCmdlet : ImgurApiCmdlet
{
    /// <summary>The album description.</summary>
    [Parameter]
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

    private protected AlbumDetails Details(string? title) =>
        new() { Title = title, Description = Description, Privacy = Privacy, Layout = Layout, Cover = Cover };
}
