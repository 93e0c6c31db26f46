using System;
using System.Management.Automation;
using System.Net.Http;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Block-ImgurAccount: the signed-in user blocks users (AC-31), or with -Messaging only their messages (CV-06).</summary>
[Cmdlet(VerbsSecurity.Block, "ImgurAccount", DefaultParameterSetName = AccountSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Block-ImgurAccount.md")]
[OutputType(typeof(ImgurBlockStatus), ParameterSetName = new[] { AccountSet })]
public sealed class BlockImgurAccountCommand : ImgurApiCmdlet
{
    private const string AccountSet = "Account";
    private const string MessagingSet = "Messaging";

    /// <summary>The users to block.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Username { get; set; } = Array.Empty<string>();

    /// <summary>Blocks only private messages from the users (the conversations route), not the accounts.</summary>
    [Parameter(Mandatory = true, ParameterSetName = MessagingSet)]
    public SwitchParameter Messaging { get; set; }

    /// <summary>Writes the new block status of each user.</summary>
    [Parameter(ParameterSetName = AccountSet)]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        foreach (var name in Username)
        {
            if (ParameterSetName == MessagingSet)
            {
                if (ShouldChange(name, "Block private messages from user")) TryAwait(Client.BlockMessagingAsync(call, name), name);
            }
            else if (ShouldChange(name, "Block user")
                && TryAwait(Client.SendBlockAsync(call, HttpMethod.Post, name), name, out var status) && PassThru)
            {
                WriteObject(status);
            }
        }
    }
}
