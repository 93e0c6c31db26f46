using System.Management.Automation;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Unblock-ImgurTag: shows a blocked tag's items again in the signed-in user's galleries (CG-07).</summary>
[Cmdlet(VerbsSecurity.Unblock, "ImgurTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class UnblockImgurTagCommand : TagBlockCommand
{
    private protected override bool Block => false;
}
