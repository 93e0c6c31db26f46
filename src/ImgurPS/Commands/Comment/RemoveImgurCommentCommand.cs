using System;
using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Comment;

/// <summary>Remove-ImgurComment: deletes the signed-in user's comments (CM-03), or through the account route with -Username (AC-21).</summary>
[Cmdlet(VerbsCommon.Remove, "ImgurComment", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpPages.Root + "Remove-ImgurComment.md")]
[OutputType(typeof(void))]
public sealed class RemoveImgurCommentCommand : ImgurApiCmdlet
{
    private const string IdSet = "Id";
    private const string AccountSet = "Account";

    /// <summary>The ids of the comments to delete; binds the CommentId of comment objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public long[] CommentId { get; set; } = Array.Empty<long>();

    /// <summary>Deletes through /3/account/{username}/comment/{id}; "me" is the signed-in user.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccountSet)]
    [ValidateNotNullOrEmpty]
    public string? Username { get; set; }

    /// <summary>Deletes without asking for confirmation (-WhatIf and -Confirm still apply).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        foreach (var id in CommentId)
        {
            if (!ShouldChange($"comment {id}", "Delete", Force)) continue;
            var deleted = ParameterSetName == AccountSet ? Client.DeleteAccountCommentAsync(call, Username!, id) : Client.DeleteCommentAsync(call, id);
            TryAwait(deleted, id);
        }
    }
}
