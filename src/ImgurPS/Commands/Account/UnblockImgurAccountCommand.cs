using System;
using System.Management.Automation;
using System.Net.Http;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Unblock-ImgurAccount: the signed-in user unblocks users (AC-32).</summary>
[Cmdlet(VerbsSecurity.Unblock, "ImgurAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Unblock-ImgurAccount.md")]
[OutputType(typeof(ImgurBlockStatus))]
public sealed class UnblockImgurAccountCommand : ImgurApiCmdlet
{
    /// <summary>The users to unblock; binds the Username of Get-ImgurAccountBlock's output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Username { get; set; } = Array.Empty<string>();

    /// <summary>Writes the new block status of each user.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        foreach (var name in Username)
        {
            if (ShouldChange(name, "Unblock user")
                && TryAwait(Client.SendBlockAsync(call, HttpMethod.Delete, name), name, out var status) && PassThru)
            {
                WriteObject(status);
            }
        }
    }
}
