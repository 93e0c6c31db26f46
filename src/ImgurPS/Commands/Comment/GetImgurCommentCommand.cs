using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Comment;

/// <summary>Get-ImgurComment: comments by id, each with its replies in Children (CM-01).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurComment", HelpUri = HelpPages.Root + "Get-ImgurComment.md")]
[OutputType(typeof(ImgurComment))]
public sealed class GetImgurCommentCommand : ImgurApiCmdlet
{
    /// <summary>The comment ids; binds the CommentId of comment objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public long[] CommentId { get; set; } = Array.Empty<long>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        foreach (var id in CommentId)
        {
            WriteResult(Client.GetCommentAsync(call, id), id);
        }
    }
}
