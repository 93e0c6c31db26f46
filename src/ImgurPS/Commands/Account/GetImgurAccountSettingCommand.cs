using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountSetting: the signed-in user's account settings (AC-07).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountSetting", HelpUri = HelpPages.Root + "Get-ImgurAccountSetting.md")]
[OutputType(typeof(ImgurAccountSettings))]
public sealed class GetImgurAccountSettingCommand : ImgurApiCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        WriteResult(Client.GetSettingsAsync(NewCall(requiresUser: true)), "me");
    }
}
