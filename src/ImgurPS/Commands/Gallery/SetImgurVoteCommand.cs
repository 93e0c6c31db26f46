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

    /// <summary>The gallery items to vote on (or whose tag to vote on); gallery items and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = GallerySet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = TagSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string[] GalleryId { get; set; } = Array.Empty<string>();

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
                new PSArgumentException($"Imgur takes only up or down votes on tags, not veto (tag '{TagName}' on {string.Join(", ", GalleryId)})."),
                "TagVoteNotVeto",
                ErrorCategory.InvalidArgument,
                Vote));
        }

        var call = NewCall(requiresUser: true);
        if (ParameterSetName == CommentSet)
        {
            Cast($"comment {CommentId}", () => Client.VoteOnCommentAsync(call, CommentId, vote), () => WriteReadBack(() => Client.GetCommentAsync(call, CommentId), CommentId));
            return;
        }

        foreach (var galleryId in GalleryId)
        {
            if (ParameterSetName == TagSet)
                Cast($"tag '{TagName}' on gallery item {galleryId}", () => Client.VoteOnTagAsync(call, galleryId, TagName, vote), () => WriteReadBack(() => Client.GetGalleryTagVoteAsync(call, galleryId, TagName), TagName));
            else
                Cast($"gallery item {galleryId}", () => Client.VoteOnGalleryItemAsync(call, galleryId, vote), () => WriteReadBack(() => Client.GetGalleryItemAsync(call, null, galleryId), galleryId));
        }
    }

    // The request is only described until ShouldProcess agrees.
    private void Cast(string target, Func<Task> send, Action passOn)
    {
        if (ShouldChange(target, $"Vote {Vote.ToLowerInvariant()}") && TryAwait(send(), target) && PassThru) passOn();
    }
}
