using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Conversation;

/// <summary>Get-ImgurConversation: the signed-in user's conversations (CV-01), or one with its messages (CV-02).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurConversation", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurConversation.md")]
[OutputType(typeof(ImgurConversation))]
public sealed class GetImgurConversationCommand : ImgurApiCmdlet
{
    private const string ListSet = "List";
    private const string ByIdSet = "ById";

    /// <summary>The conversations to read with their messages; binds the ConversationId of conversation objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public long[] ConversationId { get; set; } = Array.Empty<long>();

    /// <summary>The page of messages, from 1 (Imgur counts conversation pages from 1).</summary>
    [Parameter(ParameterSetName = ByIdSet)]
    [ValidateRange(1, int.MaxValue)]
    public int Page { get; set; } = 1;

    /// <summary>Messages to skip at the start of the page.</summary>
    [Parameter(ParameterSetName = ByIdSet)]
    [ValidateRange(0, int.MaxValue)]
    public int Offset { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (ParameterSetName == ListSet)
        {
            WriteResult(Client.GetConversationsAsync(call), "me", enumerateCollection: true);
            return;
        }

        foreach (var id in ConversationId)
        {
            WriteResult(Client.GetConversationAsync(call, id, Page, Offset), id);
        }
    }
}
