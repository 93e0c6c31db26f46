using System.Management.Automation;
using ImgurPS.Client.Persistence;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>
/// Disconnect-Imgur: ends the default connection, or the one given, and forgets its secrets; -Forget also deletes
/// the saved session.
/// </summary>
[Cmdlet(VerbsCommunications.Disconnect, "Imgur", HelpUri = HelpPages.Root + "Disconnect-Imgur.md")]
[OutputType(typeof(void))]
public sealed class DisconnectImgurCommand : PSCmdlet
{
    /// <summary>The connection to end; without it, the default connection. Ending the default leaves no default.</summary>
    [Parameter(ValueFromPipeline = true)]
    [ValidateNotNull]
    public ImgurConnection? Connection { get; set; }

    /// <summary>Also deletes the session saved by Connect-Imgur -Persist.</summary>
    [Parameter]
    public SwitchParameter Forget { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var session = Connection?.Session ?? ImgurModule.DefaultSession;
        if (session is null)
        {
            WriteVerbose("ImgurPS was not connected.");
        }
        else
        {
            // Described before it ends: without its tokens it would read as anonymous.
            var ended = session.Connection.ToString();
            ImgurModule.ForgetDefault(session);
            session.End();
            WriteVerbose($"Disconnected '{ended}'; its secrets are forgotten.");
        }

        if (!Forget) return;
        var store = SessionStore.ForCurrentUser();
        WriteVerbose(store.Delete() ? $"Deleted the saved session '{store.FilePath}'." : "There was no saved session to delete.");
    }
}
