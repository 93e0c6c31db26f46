using System.Management.Automation;

namespace ImgurPS.Commands.Connection;

/// <summary>Disconnect-Imgur: forgets the current session and its secrets.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Imgur")]
[OutputType(typeof(void))]
public sealed class DisconnectImgurCommand : PSCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ImgurModule.Session is null)
        {
            WriteVerbose("ImgurPS was not connected.");
            return;
        }

        ImgurModule.Session = null;
        WriteVerbose("Disconnected from Imgur; the session and its secrets are forgotten.");
    }
}
