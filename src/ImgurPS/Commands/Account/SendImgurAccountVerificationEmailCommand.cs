using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Account;

/// <summary>Send-ImgurAccountVerificationEmail: asks Imgur to send the signed-in user a verification email (AC-11).</summary>
[Cmdlet(VerbsCommunications.Send, "ImgurAccountVerificationEmail", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Send-ImgurAccountVerificationEmail.md")]
[OutputType(typeof(void))]
public sealed class SendImgurAccountVerificationEmailCommand : ImgurApiCmdlet
{
    /// <summary>The user; "me" (the default) is the signed-in user, the only one Imgur sends to.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (ShouldChange(Username, "Send a verification email")) TryAwait(Client.SendVerificationEmailAsync(call, Username), Username);
    }
}
