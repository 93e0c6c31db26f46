using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Misc;

/// <summary>
/// Get-ImgurFeed: the signed-in user's feed (MS-02), gallery images and albums as the gallery cmdlets write them.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ImgurFeed", HelpUri = HelpPages.Root + "Get-ImgurFeed.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurFeedCommand : ImgurApiCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (TryAwait(Client.GetFeedAsync(call), "feed", out var items)) WriteObject(items, enumerateCollection: true);
    }
}
