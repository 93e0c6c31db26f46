using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Comment;

/// <summary>Get-ImgurGalleryComment: a gallery item's comment threads (GA-15), one comment (GA-16), the ids (GA-19) or the number (GA-20).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurGalleryComment", DefaultParameterSetName = ListSet)]
[OutputType(typeof(ImgurComment), ParameterSetName = new[] { ListSet, ByIdSet })]
[OutputType(typeof(string), ParameterSetName = new[] { IdsSet })]
[OutputType(typeof(long), ParameterSetName = new[] { CountSet })]
public sealed class GetImgurGalleryCommentCommand : CommentQueryCmdlet
{
    /// <summary>The gallery items; binds the GalleryId of gallery images and albums.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurId]
    public string[] GalleryId { get; set; } = Array.Empty<string>();

    /// <summary>The order of the threads: best (default), top or new.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("best", "top", "new")]
    public string Sort { get; set; } = "best";

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
