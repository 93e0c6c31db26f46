using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Image;

/// <summary>
/// Remove-ImgurImage: deletes images, by id (owner) or deletehash (anonymous) (IM-04), or through the owner's
/// account route, which takes the deletehash (AC-26).
/// </summary>
[Cmdlet(VerbsCommon.Remove, "ImgurImage", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpPages.Root + "Remove-ImgurImage.md")]
[OutputType(typeof(void))]
public sealed class RemoveImgurImageCommand : ImgurApiCmdlet
{
    private const string IdSet = "Id";
    private const string AccountSet = "Account";

    /// <summary>The image ids (your own images, signed in); binds the ImageId property of piped images.</summary>
    [Parameter(Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[]? ImageId { get; set; }

    /// <summary>The image's deletehash, which anonymous images and the account route need; binds the DeleteHash property of piped images.</summary>
    [Parameter(ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    // Not mandatory here: a mandatory pipeline parameter would pull piped images into this set.
    [Parameter(ParameterSetName = AccountSet, ValueFromPipelineByPropertyName = true)]
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
            // The account route knows an image by its deletehash, not its id.
            var owner = NewCall(requiresUser: true);
            if (!ContentAddress.TryGiven(this, "image", DeleteHash, nameof(DeleteHash), out var deleteHash)) return;
            if (ShouldChange($"image with deletehash {deleteHash} of {Username}", "Delete the image", Force)) TryAwait(Client.DeleteAccountContentAsync(owner, AccountContent.Images, Username, deleteHash), deleteHash);
            return;
        }

        var call = NewCall();
        if (!ContentAddress.TryEach(this, "image", ImageId, DeleteHash, out var ids)) return;
        foreach (var id in ids)
        {
            if (!ContentAddress.TryChoose(this, call, "image", id, nameof(ImageId), DeleteHash, out var address)) continue;
            if (ShouldChange($"image {address}", "Delete the image", Force)) TryAwait(Client.DeleteImageAsync(call, address), address);
        }
    }
}
