using System;
using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Conversation;

/// <summary>Remove-ImgurConversation: deletes conversations of the signed-in user (CV-04).</summary>
[Cmdlet(VerbsCommon.Remove, "ImgurConversation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpPages.Root + "Remove-ImgurConversation.md")]
[OutputType(typeof(void))]
public sealed class RemoveImgurConversationCommand : ImgurApiCmdlet
{
    /// <summary>The conversations to delete; binds the ConversationId of conversation objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public long[] ConversationId { get; set; } = Array.Empty<long>();

    /// <summary>Deletes without asking for confirmation (-WhatIf and -Confirm still apply).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ChangeEach(ConversationId, id => $"conversation {id}", "Delete", (call, id) => Client.DeleteConversationAsync(call, id), force: Force);
    }
}
