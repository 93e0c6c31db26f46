using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Album;

/// <summary>
/// Remove-ImgurAlbumImage: takes images out of an album (AL-10), in one request. The images themselves stay on
/// Imgur. Imgur knows them here by id only.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "ImgurAlbumImage", DefaultParameterSetName = AlbumIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Remove-ImgurAlbumImage.md")]
[OutputType(typeof(void))]
public sealed class RemoveImgurAlbumImageCommand : AlbumImageCmdlet
{
    private protected override void Change(ImgurCall call)
    {
        var ids = Images.Ids();
        if (ids.Count == 0)
        {
            WriteError(new ErrorRecord(
                new PSArgumentException($"None of the images given for album {Album} has an id; Imgur removes album images by id only."),
                "ImgurNoImageIds",
                ErrorCategory.InvalidArgument,
                Album));
            return;
        }

        if (!ShouldChange($"album {Album}", $"Remove image(s) {string.Join(", ", ids)} from the album (the images stay)")) return;
        TryAwait(Client.RemoveAlbumImagesAsync(call, Album, ids), Album);
    }
}
