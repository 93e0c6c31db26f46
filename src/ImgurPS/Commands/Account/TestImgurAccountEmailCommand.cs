using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Account;

/// <summary>Test-ImgurAccountEmail: whether the signed-in user's email address is verified (AC-10).</summary>
[Cmdlet(VerbsDiagnostic.Test, "ImgurAccountEmail", HelpUri = HelpPages.Root + "Test-ImgurAccountEmail.md")]
[OutputType(typeof(bool))]
public sealed class TestImgurAccountEmailCommand : ImgurApiCmdlet
{
    /// <summary>The user; "me" (the default) is the signed-in user, the only one Imgur answers for.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        WriteResult(Client.IsEmailVerifiedAsync(NewCall(requiresUser: true), Username), Username);
    }
}
