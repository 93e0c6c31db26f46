using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Comment;

/// <summary>
/// New-ImgurComment: comments on a gallery item or replies to a comment, through the comment routes (-ImageId:
/// CM-02, CM-05) or the gallery routes (-GalleryId: GA-17, GA-18). Writes the new comment's id.
/// </summary>
[Cmdlet(VerbsCommon.New, "ImgurComment", DefaultParameterSetName = GallerySet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpPages.Root + "New-ImgurComment.md")]
[OutputType(typeof(ImgurNewComment))]
public sealed class NewImgurCommentCommand : ImgurApiCmdlet
{
    private const string CommentSet = "Comment";
    private const string ReplySet = "Reply";
    private const string GallerySet = "Gallery";
    private const string GalleryReplySet = "GalleryReply";

    /// <summary>The gallery item to comment on, through /3/gallery/{id}/comment; binds the GalleryId of gallery items.</summary>
    [Parameter(Mandatory = true, ParameterSetName = GallerySet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, ParameterSetName = GalleryReplySet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string? GalleryId { get; set; }

    /// <summary>The gallery item (image or album id) to comment on, through /3/comment; binds the ImageId of comments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CommentSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, ParameterSetName = ReplySet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string? ImageId { get; set; }

    /// <summary>The comment to reply to.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ReplySet)]
    [Parameter(Mandatory = true, ParameterSetName = GalleryReplySet)]
    [ValidateRange(1, long.MaxValue)]
    public long ParentId { get; set; }

    /// <summary>The comment's text; -Comment is the same, named like the Comment property of comments.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("Comment")]
    [ValidateNotNullOrEmpty]
    public string Text { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        long? parent = ParameterSetName is ReplySet or GalleryReplySet ? ParentId : null;
        var item = GalleryId ?? ImageId!;
        var action = parent is { } id ? $"Reply to comment {id}" : "Comment";
        if (!ShouldChange(item, action)) return;

        var created = ParameterSetName is GallerySet or GalleryReplySet
            ? Client.CreateGalleryCommentAsync(call, item, Text, parent)
            : Client.CreateCommentAsync(call, item, Text, parent);
        WriteResult(created, item);
    }
}
