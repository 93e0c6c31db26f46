using System;
using System.Collections;
using System.Management.Automation;
using System.Net.Http;
using ImgurPS.Client;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Misc;

/// <summary>
/// Invoke-ImgurRestMethod: any method on any /3/ path, with the session's credentials, rate limits, errors and
/// -Format. Writes the unwrapped data as PowerShell objects, for routes ImgurPS has no cmdlet for.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "ImgurRestMethod", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Invoke-ImgurRestMethod.md")]
[OutputType(typeof(PSObject))]
public sealed class InvokeImgurRestMethodCommand : ImgurApiCmdlet
{
    /// <summary>GET (default), POST, PUT or DELETE.</summary>
    [Parameter(Position = 1)]
    [ValidateSet("GET", "POST", "PUT", "DELETE")]
    public string Method { get; set; } = "GET";

    /// <summary>The path below the API root /3/, e.g. gallery/hot/viral/day/0 or account/me/images. A leading /3/ and a .json/.xml extension are dropped; -Format picks the extension.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>Query parameters; array values are sent comma-joined, booleans as true/false.</summary>
    [Parameter]
    public IDictionary? Query { get; set; }

    /// <summary>Form fields sent as the body (application/x-www-form-urlencoded); arrays comma-joined.</summary>
    [Parameter]
    public IDictionary? Body { get; set; }

    /// <summary>Asks for JSONP: Imgur wraps the JSON answer in a call to this function, and the cmdlet writes that text as a string.</summary>
    [Parameter]
    [ValidatePattern(@"^[A-Za-z_$][\w$.]*$")]
    public string? Callback { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (Callback is not null && Format == ImgurFormat.Xml)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-Callback asks for JSONP, which wraps the JSON form; leave -Format at Json."),
                "ImgurJsonpNeedsJson",
                ErrorCategory.InvalidArgument,
                Callback));
        }

        var call = NewCall();
        var method = new HttpMethod(Method.ToUpperInvariant());
        if (method != HttpMethod.Get && !ShouldChange($"/3/{Path.TrimStart('/')}", $"Send {method.Method}")) return;

        if (TryAwait(Client.SendRawAsync(call, method, Path, PlainObjects.ToFields(Query), PlainObjects.ToFields(Body), Callback), Path, out var result))
        {
            WriteObject(PlainObjects.ToPowerShell(result.Data), enumerateCollection: true);
        }
    }
}
