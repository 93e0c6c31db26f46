using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Album;

/// <summary>
/// Remove-ImgurAlbumImage: takes images out of an album (AL-10), in one request. The images themselves stay on
/// Imgur. Imgur knows them here by id only.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "ImgurAlbumImage", DefaultParameterSetName = AlbumIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Remove-ImgurAlbumImage.md")]
[OutputType(typeof(ImgurAlbum))]
public sealed class RemoveImgurAlbumImageCommand : AlbumImageCmdlet
{
    private protected override Task? StartChange(ImgurCall call)
    {
        var ids = Images.Ids();
        if (ids.Count == 0)
        {
            WriteError(new ErrorRecord(
                new PSArgumentException($"None of the images given for album {Album} has an id; Imgur removes album images by id only."),
                "ImgurNoImageIds",
                ErrorCategory.InvalidArgument,
                Album));
            return null;
        }

        return ShouldChange($"album {Album}", $"Remove image(s) {string.Join(", ", ids)} from the album (the images stay)") ? Client.RemoveAlbumImagesAsync(call, Album, ids) : null;
    }
}
