using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Get-ImgurGalleryItem: gallery items by id, image or album (GA-11), or only albums (GA-09) or only images (GA-10).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurGalleryItem", DefaultParameterSetName = AnySet, HelpUri = HelpPages.Root + "Get-ImgurGalleryItem.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurGalleryItemCommand : ImgurApiCmdlet
{
    private const string AnySet = "Any";
    private const string AlbumSet = "Album";
    private const string ImageSet = "Image";

    /// <summary>The gallery item's id; gallery items bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string[] GalleryId { get; set; } = System.Array.Empty<string>();

    /// <summary>Asks for a gallery album; an image id then gives a not-found error.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AlbumSet)]
    public SwitchParameter Album { get; set; }

    /// <summary>Asks for a gallery image; an album id then gives a not-found error.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ImageSet)]
    public SwitchParameter Image { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var kind = ParameterSetName switch { AlbumSet => "album", ImageSet => "image", _ => null };
        var call = NewCall();
        foreach (var id in GalleryId)
        {
            WriteResult(Client.GetGalleryItemAsync(call, kind, id), id);
        }
    }
}
