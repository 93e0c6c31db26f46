using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Account;

/// <summary>Remove-ImgurFollowedTag: the signed-in user stops following tags (AC-29).</summary>
[Cmdlet(VerbsCommon.Remove, "ImgurFollowedTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class RemoveImgurFollowedTagCommand : FollowedTagCmdlet
{
    private protected override string Action => "Stop following tag";

    private protected override Task<bool> SendAsync(ImgurCall call, string tag) => Client.UnfollowTagAsync(call, tag);
}
