using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Image;

/// <summary>Set-ImgurImage: changes an image's title or description (IM-05), by id (owner) or deletehash (anonymous).</summary>
[Cmdlet(VerbsCommon.Set, "ImgurImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Set-ImgurImage.md")]
[OutputType(typeof(ImgurImage))]
public sealed class SetImgurImageCommand : ImgurApiCmdlet
{
    /// <summary>The image ids (your own images, signed in); binds the ImageId property of piped images.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[]? ImageId { get; set; }

    /// <summary>The image's deletehash, which anonymous images need; binds the DeleteHash property of piped images.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ImgurId]
    public string? DeleteHash { get; set; }

    /// <summary>The new title; leave out to keep the current one. Binds the Title property of piped records (Import-Csv).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Title { get; set; }

    /// <summary>The new description; leave out to keep the current one. Binds the Description property of piped records.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Description { get; set; }

    /// <summary>Writes the image as Imgur has it after the change (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        // Checked per record, as piped records may bring the title and description.
        if (Title is null && Description is null)
        {
            WriteError(new ErrorRecord(
                new PSArgumentException("Nothing to change: give -Title, -Description or both, or pipe records with a Title or Description property."),
                "ImgurNothingToChange",
                ErrorCategory.InvalidArgument,
                (object?)ImageId ?? DeleteHash));
            return;
        }

        var call = NewCall();
        if (!ContentAddress.TryEach(this, "image", ImageId, DeleteHash, out var ids)) return;
        foreach (var each in ids)
        {
            if (!ContentAddress.TryChoose(this, call, "image", each, nameof(ImageId), DeleteHash, out var address)) continue;
            if (!ShouldChange($"image {address}", "Update the title and description")) continue;
            var id = ContentAddress.Id(each);
            Change<ImgurImage>(Client.UpdateImageAsync(call, address, Title, Description), address, PassThru,
                id is null ? null : () => Client.GetImageAsync(call, id, DeleteHash));
        }
    }
}
