using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Image;

/// <summary>Set-ImgurImage: changes an image's title or description (IM-05), by id (owner) or deletehash (anonymous).</summary>
[Cmdlet(VerbsCommon.Set, "ImgurImage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Set-ImgurImage.md")]
[OutputType(typeof(void))]
public sealed class SetImgurImageCommand : ImgurApiCmdlet
{
    /// <summary>The image id (your own image, signed in); binds the ImageId property of piped images.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string? ImageId { get; set; }

    /// <summary>The image's deletehash, which anonymous images need; binds the DeleteHash property of piped images.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ImgurId]
    public string? DeleteHash { get; set; }

    /// <summary>The new title; leave out to keep the current one.</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>The new description; leave out to keep the current one.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        if (Title is null && Description is null)
        {
            ThrowTerminatingError(new ErrorRecord(
                new PSArgumentException("Nothing to change: give -Title, -Description or both."),
                "ImgurNothingToChange",
                ErrorCategory.InvalidArgument,
                null));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        if (!ContentAddress.TryChoose(this, call, "image", ImageId, nameof(ImageId), DeleteHash, out var address)) return;

        if (!ShouldChange($"image {address}", "Update the title and description")) return;
        TryAwait(Client.UpdateImageAsync(call, address, Title, Description), address);
    }
}
