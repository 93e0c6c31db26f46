using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Account;

/// <summary>Add-ImgurFollowedTag: the signed-in user follows tags (AC-28).</summary>
[Cmdlet(VerbsCommon.Add, "ImgurFollowedTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(void))]
public sealed class AddImgurFollowedTagCommand : FollowedTagCmdlet
{
    private protected override string Action => "Follow tag";

    private protected override Task<bool> SendAsync(ImgurCall call, string tag) => Client.FollowTagAsync(call, tag);
}
