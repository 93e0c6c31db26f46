using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Get-ImgurGalleryVote: the up and down votes of gallery items (GA-13).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurGalleryVote")]
[OutputType(typeof(ImgurVote))]
public sealed class GetImgurGalleryVoteCommand : GalleryItemReadCmdlet
{
    private protected override void WriteFor(ImgurCall call, string galleryId) => WriteResult(Client.GetGalleryVotesAsync(call, galleryId), galleryId);
}
