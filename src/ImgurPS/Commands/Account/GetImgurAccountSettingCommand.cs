using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountSetting: the signed-in user's account settings (AC-07).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountSetting")]
[OutputType(typeof(ImgurAccountSettings))]
public sealed class GetImgurAccountSettingCommand : ImgurApiCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        WriteResult(Client.GetSettingsAsync(NewCall(requiresUser: true)), "me");
    }
}
