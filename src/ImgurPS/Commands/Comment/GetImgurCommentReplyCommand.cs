using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Comment;

/// <summary>Get-ImgurCommentReply: the replies to comments (CM-04), each with its own replies in Children.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurCommentReply", HelpUri = HelpPages.Root + "Get-ImgurCommentReply.md")]
[OutputType(typeof(ImgurComment))]
public sealed class GetImgurCommentReplyCommand : ImgurApiCmdlet
{
    /// <summary>The ids of the comments whose replies to get; binds the CommentId of comment objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public long[] CommentId { get; set; } = Array.Empty<long>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        foreach (var id in CommentId)
        {
            WriteResult(Client.GetCommentRepliesAsync(call, id), id, enumerateCollection: true);
        }
    }
}
