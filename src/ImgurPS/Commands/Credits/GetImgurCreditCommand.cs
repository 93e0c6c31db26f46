using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Credits;

/// <summary>Get-ImgurCredit: the caller's credits from /3/credits (which costs none).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurCredit", HelpUri = HelpPages.Root + "Get-ImgurCredit.md")]
[OutputType(typeof(ImgurCredit))]
public sealed class GetImgurCreditCommand : ImgurApiCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        WriteResult(Client.GetCreditsAsync(NewCall()), null);
    }
}
