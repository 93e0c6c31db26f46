using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Commands.Gallery;
using ImgurPS.Models;

namespace ImgurPS.Commands.Tag;

/// <summary>Get-ImgurGalleryTag: the tags of gallery items, with their votes (TG-05).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurGalleryTag")]
[OutputType(typeof(ImgurTagVote))]
public sealed class GetImgurGalleryTagCommand : GalleryItemReadCmdlet
{
    private protected override void WriteFor(ImgurCall call, string galleryId) =>
        WriteResult(Client.GetGalleryTagVotesAsync(call, galleryId), galleryId, enumerateCollection: true);
}
