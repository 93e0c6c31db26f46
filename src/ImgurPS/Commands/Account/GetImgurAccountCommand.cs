using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccount: a user's public account (AC-01), by username or by account id.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccount", DefaultParameterSetName = ByNameSet, HelpUri = HelpPages.Root + "Get-ImgurAccount.md")]
[OutputType(typeof(ImgurAccount))]
public sealed class GetImgurAccountCommand : ImgurApiCmdlet
{
    private const string ByNameSet = "ByName";
    private const string ByIdSet = "ById";

    /// <summary>The usernames to look up; "me" (the default) is the signed-in user.</summary>
    [Parameter(Position = 0, ParameterSetName = ByNameSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Username { get; set; } = { "me" };

    /// <summary>The numeric account ids to look up instead of usernames.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    public long[] AccountId { get; set; } = Array.Empty<long>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ByIdSet)
        {
            var call = NewCall();
            foreach (var id in AccountId)
            {
                WriteResult(Client.GetAccountByIdAsync(call, id), id);
            }
            return;
        }

        foreach (var name in Username)
        {
            var call = NewCall(requiresUser: IsMe(name));
            WriteResult(Client.GetAccountAsync(call, name), name);
        }
    }
}
