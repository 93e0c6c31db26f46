using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Album;

/// <summary>
/// New-ImgurAlbum: creates an album (AL-04), optionally with the images piped to it, in one request, and writes the
/// album as Imgur then has it (AL-01), with its deletehash: an anonymous album can only be changed through that.
/// </summary>
[Cmdlet(VerbsCommon.New, "ImgurAlbum", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "New-ImgurAlbum.md")]
[OutputType(typeof(ImgurAlbum))]
public sealed class NewImgurAlbumCommand : ImgurApiCmdlet
{
    private readonly ImageBatch _images = new();

    /// <summary>The album title.</summary>
    [Parameter(Position = 0)]
    public string? Title { get; set; }

    /// <summary>Ids of images to put in the album (your own images when signed in); binds the ImageId property of piped images.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[]? ImageId { get; set; }

    /// <summary>Deletehashes of anonymous images to put in the album; binds the DeleteHash property of piped images.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DeleteHash")]
    [ImgurId]
    public string[]? ImageDeleteHash { get; set; }

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

    /// <inheritdoc />
    protected override void ProcessRecord() => _images.Add(ImageId, ImageDeleteHash);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var call = NewCall();
        var images = _images.ToSet(call);
        var what = images.IsEmpty ? "an empty album" : $"an album of {images.Ids.Count + images.DeleteHashes.Count} image(s)";
        if (!ShouldChange(Title ?? "(untitled)", $"Create {what}")) return;

        if (!TryAwait(Client.CreateAlbumAsync(call, Details(), images), Title, out var created)) return;

        // Imgur answers a creation with only the id and deletehash. Should reading the album back fail, the
        // deletehash still goes out: an anonymous album cannot be reached without it.
        if (TryAwait(Client.GetAlbumAsync(call, created.Id!, created.DeleteHash), created.Id, out var album)) WriteObject(album);
        else WriteObject(new ImgurAlbum { Id = created.Id, DeleteHash = created.DeleteHash, Title = Title, Description = Description, Link = created.Link, RateLimit = created.RateLimit });
    }

    private AlbumDetails Details() => new() { Title = Title, Description = Description, Privacy = Privacy, Layout = Layout, Cover = Cover };
}
