using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Comment;

/// <summary>Send-ImgurReport: reports a comment (CM-07), a gallery item (GA-12) or a user (CV-05) to Imgur's moderators.</summary>
[Cmdlet(VerbsCommunications.Send, "ImgurReport", DefaultParameterSetName = GallerySet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Send-ImgurReport.md")]
[OutputType(typeof(void))]
public sealed class SendImgurReportCommand : ImgurApiCmdlet
{
    private const string CommentSet = "Comment";
    private const string GallerySet = "Gallery";
    private const string UserSet = "User";

    /// <summary>The comment to report; binds the CommentId of comment objects.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CommentSet, ValueFromPipelineByPropertyName = true)]
    public long CommentId { get; set; }

    /// <summary>The gallery item to report; binds the GalleryId of gallery images and albums.</summary>
    [Parameter(Mandatory = true, ParameterSetName = GallerySet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string? GalleryId { get; set; }

    /// <summary>The user to report (through the conversations route; Imgur takes no reason for users).</summary>
    [Parameter(Mandatory = true, ParameterSetName = UserSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Username { get; set; }

    /// <summary>Why: DoesNotBelong, Spam, Abusive, MatureNotMarked or Pornography (Imgur's codes 1 to 5). Required for gallery items.</summary>
    [Parameter(Mandatory = true, ParameterSetName = GallerySet)]
    [Parameter(ParameterSetName = CommentSet)]
    public ImgurReportReason? Reason { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        switch (ParameterSetName)
        {
            case CommentSet:
                if (ShouldChange($"comment {CommentId}", Action())) TryAwait(Client.ReportCommentAsync(call, CommentId, Reason), CommentId);
                break;
            case UserSet:
                if (ShouldChange($"user {Username}", Action())) TryAwait(Client.ReportUserAsync(call, Username!), Username);
                break;
            default:
                if (ShouldChange($"gallery item {GalleryId}", Action())) TryAwait(Client.ReportGalleryItemAsync(call, GalleryId!, Reason), GalleryId);
                break;
        }
    }

    private string Action() => Reason is { } reason ? $"Report to Imgur as {reason}" : "Report to Imgur";
}
