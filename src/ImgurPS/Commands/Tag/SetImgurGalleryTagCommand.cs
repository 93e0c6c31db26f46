using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Tag;

/// <summary>Set-ImgurGalleryTag: replaces the tags of a gallery item (TG-07).</summary>
[Cmdlet(VerbsCommon.Set, "ImgurGalleryTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Set-ImgurGalleryTag.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class SetImgurGalleryTagCommand : ImgurApiCmdlet
{
    /// <summary>The gallery item's id; gallery items bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string GalleryId { get; set; } = string.Empty;

    /// <summary>The item's new tags; they replace all its current tags.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string[] Tag { get; set; } = System.Array.Empty<string>();

    /// <summary>Writes the gallery item as Imgur has it after the change, with its new tags (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (ShouldChange($"gallery item {GalleryId}", $"Replace the tags with: {string.Join(", ", Tag)}")) Change(Client.SetGalleryTagsAsync(call, GalleryId, Tag), GalleryId, PassThru, () => Client.GetGalleryItemAsync(call, null, GalleryId));
    }
}
