using System.Management.Automation;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Block-ImgurTag: hides a tag's items from the signed-in user's galleries (CG-06).</summary>
[Cmdlet(VerbsSecurity.Block, "ImgurTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class BlockImgurTagCommand : TagBlockCommand
{
    private protected override bool Block => true;
}
