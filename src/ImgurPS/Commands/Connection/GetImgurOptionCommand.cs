using System.Management.Automation;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>Get-ImgurOption: how long ImgurPS waits for answers and how it retries failed requests, for every session of this import, and where each value came from.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurOption", HelpUri = HelpPages.Root + "Get-ImgurOption.md")]
[OutputType(typeof(ImgurOption))]
public sealed class GetImgurOptionCommand : PSCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var options = ImgurModule.Options;
        if (options.TakeWarning() is { } warning) WriteWarning(warning);
        WriteObject(options.Snapshot());
    }
}
