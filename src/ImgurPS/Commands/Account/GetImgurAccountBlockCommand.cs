using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net.Http;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountBlock: whether the signed-in user blocks given users (AC-30), or the whole block list (AC-33).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountBlock", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurAccountBlock.md")]
[OutputType(typeof(ImgurBlockStatus), ParameterSetName = new[] { StatusSet })]
[OutputType(typeof(ImgurBlockedAccount), ParameterSetName = new[] { ListSet })]
public sealed class GetImgurAccountBlockCommand : ImgurApiCmdlet
{
    private const string StatusSet = "Status";
    private const string ListSet = "List";

    /// <summary>The users to ask about; without it, the cmdlet lists every user you block.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = StatusSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Username { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (ParameterSetName == ListSet)
        {
            WriteBlockList(call);
            return;
        }

        foreach (var name in Username)
        {
            WriteResult(Client.SendBlockAsync(call, HttpMethod.Get, name), name);
        }
    }

    // Follows the cursor the answer carries; a cursor seen before would page forever, so it ends the list.
    private void WriteBlockList(ImgurCall call)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            if (!TryAwait(Client.GetBlockListPageAsync(call, cursor), "me", out var page)) return;
            if (page.Items is not null) WriteObject(page.Items, enumerateCollection: true);
            cursor = page.Next;
        }
        while (!string.IsNullOrEmpty(cursor) && seen.Add(cursor!));
    }
}
