using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Comment;

/// <summary>Get-ImgurGalleryComment: a gallery item's comment threads (GA-15), one comment (GA-16), the ids (GA-19) or the number (GA-20).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurGalleryComment", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurGalleryComment.md")]
[OutputType(typeof(ImgurComment), ParameterSetName = new[] { ListSet, ByIdSet })]
[OutputType(typeof(string), ParameterSetName = new[] { IdsSet })]
[OutputType(typeof(long), ParameterSetName = new[] { CountSet })]
public sealed class GetImgurGalleryCommentCommand : ImgurApiCmdlet
{
    private const string ListSet = "List";
    private const string ByIdSet = "ById";
    private const string IdsSet = "Ids";
    private const string CountSet = "Count";

    /// <summary>The gallery items; binds the GalleryId of gallery images and albums.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string[] GalleryId { get; set; } = Array.Empty<string>();

    /// <summary>The order of the threads: best (default), top or new.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("best", "top", "new")]
    public string Sort { get; set; } = "best";

    /// <summary>The id of one comment on the gallery item.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet)]
    public long CommentId { get; set; }

    /// <summary>Writes the comment ids (as strings) instead of the comments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdsSet)]
    public SwitchParameter Ids { get; set; }

    /// <summary>Writes the number of comments instead of the comments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CountSet)]
    public SwitchParameter Count { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        foreach (var item in GalleryId)
        {
            switch (ParameterSetName)
            {
                case ByIdSet:
                    WriteResult(Client.GetGalleryCommentAsync(call, item, CommentId), CommentId);
                    break;
                case IdsSet:
                    WriteResult(Client.GetGalleryCommentIdsAsync(call, item), item, enumerateCollection: true);
                    break;
                case CountSet:
                    WriteResult(Client.GetGalleryCommentCountAsync(call, item), item);
                    break;
                default:
                    WriteResult(Client.GetGalleryCommentsAsync(call, item, Sort.ToLowerInvariant()), item, enumerateCollection: true);
                    break;
            }
        }
    }
}
