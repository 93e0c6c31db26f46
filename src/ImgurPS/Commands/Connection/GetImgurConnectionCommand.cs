using System.Management.Automation;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>
/// Get-ImgurConnection: the default connection, or the one given, with who it is signed in as, how, until when, and
/// the latest rate limits. Never a secret; the refresh token leaves only through the connection's GetRefreshToken().
/// </summary>
[Cmdlet(VerbsCommon.Get, "ImgurConnection", HelpUri = HelpPages.Root + "Get-ImgurConnection.md")]
[OutputType(typeof(ImgurConnection))]
public sealed class GetImgurConnectionCommand : PSCmdlet
{
    /// <summary>The connection to describe (with its latest rate limits); without it, the default connection.</summary>
    [Parameter(ValueFromPipeline = true)]
    [ValidateNotNull]
    public ImgurConnection? Connection { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if ((Connection?.Session ?? ImgurModule.DefaultSession) is { } session) WriteObject(session.ToConnection());
        else WriteVerbose("ImgurPS is not connected; run Connect-Imgur.");
    }
}
