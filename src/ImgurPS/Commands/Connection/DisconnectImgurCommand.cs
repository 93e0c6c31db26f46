using System.Management.Automation;
using ImgurPS.Client.Persistence;

namespace ImgurPS.Commands.Connection;

/// <summary>Disconnect-Imgur: forgets the current session and its secrets; -Forget also deletes the saved session.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Imgur", HelpUri = HelpPages.Root + "Disconnect-Imgur.md")]
[OutputType(typeof(void))]
public sealed class DisconnectImgurCommand : PSCmdlet
{
    /// <summary>Also deletes the session saved by Connect-Imgur -Persist.</summary>
    [Parameter]
    public SwitchParameter Forget { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        WriteVerbose(ImgurModule.Session is null
            ? "ImgurPS was not connected."
            : "Disconnected from Imgur; the session and its secrets are forgotten.");
        ImgurModule.Session = null;

        if (!Forget) return;
        var store = SessionStore.ForCurrentUser();
        WriteVerbose(store.Delete() ? $"Deleted the saved session '{store.FilePath}'." : "There was no saved session to delete.");
    }
}
