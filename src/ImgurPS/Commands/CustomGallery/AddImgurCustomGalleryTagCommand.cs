using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Add-ImgurCustomGalleryTag: adds tags to the signed-in user's custom gallery (CG-03).</summary>
[Cmdlet(VerbsCommon.Add, "ImgurCustomGalleryTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class AddImgurCustomGalleryTagCommand : CustomGalleryTagCommand
{
    private protected override string Action => "Add to the custom gallery";

    private protected override Task<bool> SendAsync(ImgurCall call, IReadOnlyList<string> tags) => Client.AddCustomGalleryTagsAsync(call, tags);
}
