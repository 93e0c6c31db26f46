using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Conversation;

/// <summary>Send-ImgurMessage: sends a private message to a user (CV-03), starting or continuing the conversation.</summary>
[Cmdlet(VerbsCommunications.Send, "ImgurMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Send-ImgurMessage.md")]
[OutputType(typeof(ImgurConversation))]
public sealed class SendImgurMessageCommand : ImgurApiCmdlet
{
    /// <summary>The recipient's username; binds the WithAccount of conversation objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("WithAccount")]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = string.Empty;

    /// <summary>The message text.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Body { get; set; } = string.Empty;

    /// <summary>Writes the conversation with the user after the message was sent, with its latest messages (two more requests).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (ShouldChange(Username, "Send private message")) Change(Client.SendMessageAsync(call, Username, Body), Username, PassThru, () => Client.GetConversationWithAsync(call, Username));
    }
}
