using System.Management.Automation;
using ImgurPS.Client;

namespace ImgurPS.Commands;

/// <summary>Base of the cmdlets that call the API with the current session: adds -Format.</summary>
public abstract class ImgurApiCmdlet : ImgurCmdlet
{
    /// <summary>The wire form to request: Json (default) or Xml. The objects written are the same either way.</summary>
    [Parameter]
    public ImgurFormat Format { get; set; } = ImgurFormat.Json;

    /// <summary>A call on the current session; without one the command stops with a clear error.</summary>
    private protected ImgurCall NewCall()
    {
        var session = ImgurModule.Session;
        if (session is null)
        {
            ThrowTerminatingError(new ErrorRecord(
                new System.InvalidOperationException("ImgurPS is not connected. Run Connect-Imgur -ClientId <your client id> first (see Get-Help Connect-Imgur)."),
                "ImgurNotConnected",
                ErrorCategory.ConnectionError,
                null));
        }
        return CreateCall(session!, Format);
    }
}
