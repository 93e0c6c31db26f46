using System;
using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Set-ImgurVote: votes on a gallery item (GA-14), a comment (CM-06) or a tag of a gallery item (TG-06).</summary>
[Cmdlet(VerbsCommon.Set, "ImgurVote", DefaultParameterSetName = CommentSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Set-ImgurVote.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum), ParameterSetName = new[] { GallerySet })]
[OutputType(typeof(ImgurComment), ParameterSetName = new[] { CommentSet })]
[OutputType(typeof(ImgurTagVote), ParameterSetName = new[] { TagSet })]
public sealed class SetImgurVoteCommand : ImgurApiCmdlet
{
    private const string GallerySet = "Gallery";
    private const string CommentSet = "Comment";
    private const string TagSet = "Tag";

    /// <summary>The gallery item to vote on (or whose tag to vote on); gallery items and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = GallerySet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = TagSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string GalleryId { get; set; } = string.Empty;

    /// <summary>The comment to vote on; comments bind by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CommentSet, ValueFromPipelineByPropertyName = true)]
    public long CommentId { get; set; }

    /// <summary>The tag of the gallery item to vote on; tag votes from Get-ImgurGalleryTag bind by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = TagSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string TagName { get; set; } = string.Empty;

    /// <summary>up, down, or veto to take back an earlier vote (tags take only up or down).</summary>
    [Parameter(Mandatory = true)]
    [ValidateSet("up", "down", "veto")]
    public string Vote { get; set; } = string.Empty;

    /// <summary>Writes what was voted on as Imgur has it after the vote: the gallery item, the comment or the tag with its votes (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var vote = Vote.ToLowerInvariant();
        if (ParameterSetName == TagSet && vote == "veto")
        {
            ThrowTerminatingError(new ErrorRecord(
                new PSArgumentException($"Imgur takes only up or down votes on tags, not veto (tag '{TagName}' on {GalleryId})."),
                "TagVoteNotVeto",
                ErrorCategory.InvalidArgument,
                Vote));
        }

        var call = NewCall(requiresUser: true);
        // The request is only described here; it starts after ShouldProcess agrees.
        (string Target, Func<Task> Send, Action PassOn) ballot = ParameterSetName switch
        {
            CommentSet => ($"comment {CommentId}", () => Client.VoteOnCommentAsync(call, CommentId, vote), () => WriteReadBack(() => Client.GetCommentAsync(call, CommentId), CommentId)),
            TagSet => ($"tag '{TagName}' on gallery item {GalleryId}", () => Client.VoteOnTagAsync(call, GalleryId, TagName, vote), () => WriteReadBack(() => Client.GetGalleryTagVoteAsync(call, GalleryId, TagName), TagName)),
            _ => ($"gallery item {GalleryId}", () => Client.VoteOnGalleryItemAsync(call, GalleryId, vote), () => WriteReadBack(() => Client.GetGalleryItemAsync(call, null, GalleryId), GalleryId)),
        };
        if (ShouldChange(ballot.Target, $"Vote {vote}") && TryAwait(ballot.Send(), ballot.Target) && PassThru) ballot.PassOn();
    }
}
