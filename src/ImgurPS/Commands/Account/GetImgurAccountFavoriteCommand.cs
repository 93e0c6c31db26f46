using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountFavorite: everything the signed-in user has favorited (AC-03), gallery or not, page by page.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountFavorite", HelpUri = HelpPages.Root + "Get-ImgurAccountFavorite.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurAccountFavoriteCommand : ImgurApiCmdlet
{
    /// <summary>The user; "me" (the default) is the signed-in user. Imgur shows favorites only to their owner.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>The order: newest (default) or oldest.</summary>
    [Parameter]
    [ValidateSet("newest", "oldest")]
    public string Sort { get; set; } = "newest";

    /// <summary>The page, from 0.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Items per page, up to 100 (Imgur's default is 50).</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? PerPage { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        var sort = Sort.ToLowerInvariant();
        WritePages(page => Client.GetFavoritesPageAsync(call, Username, galleryOnly: false, sort, page, PerPage), Page, All, Username);
    }
}
