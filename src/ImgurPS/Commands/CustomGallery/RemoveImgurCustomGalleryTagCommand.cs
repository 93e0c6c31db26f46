using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Remove-ImgurCustomGalleryTag: removes tags from the signed-in user's custom gallery (CG-04).</summary>
[Cmdlet(VerbsCommon.Remove, "ImgurCustomGalleryTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveImgurCustomGalleryTagCommand : CustomGalleryTagCommand
{
    /// <summary>Removes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    private protected override string Action => "Remove from the custom gallery";

    private protected override bool Forced => Force;

    private protected override Task<bool> SendAsync(ImgurCall call, IReadOnlyList<string> tags) => Client.RemoveCustomGalleryTagsAsync(call, tags);
}
