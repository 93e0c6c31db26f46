using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>
/// Test-ImgurConnection: asks Imgur whether the session's access token still works (OA-03). A refused token is
/// an answer (IsValid false, with Imgur's reason), not an error.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "ImgurConnection", HelpUri = HelpPages.Root + "Test-ImgurConnection.md")]
[OutputType(typeof(ImgurTokenStatus))]
[OutputType(typeof(bool))]
public sealed class TestImgurConnectionCommand : ImgurApiCmdlet
{
    /// <summary>Writes only $true or $false.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (!TryAwait(Client.CheckAccessTokenAsync(call), "oauth2/secret", out var status)) return;
        WriteObject(Quiet ? status.IsValid : status);
    }
}
