using System.Management.Automation;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>Get-ImgurConnection: who the session is signed in as, how, until when, and the latest rate limits. Never a secret.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurConnection", HelpUri = HelpPages.Root + "Get-ImgurConnection.md")]
[OutputType(typeof(ImgurConnection))]
public sealed class GetImgurConnectionCommand : PSCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ImgurModule.Session is { } session) WriteObject(session.ToConnection());
        else WriteVerbose("ImgurPS is not connected; run Connect-Imgur.");
    }
}
