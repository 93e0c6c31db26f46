using System.Management.Automation;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountFavorite: everything the signed-in user has favorited (AC-03), gallery or not, page by page.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountFavorite")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurAccountFavoriteCommand : AccountFavoriteCmdlet
{
    /// <summary>The user; "me" (the default) is the signed-in user. Imgur shows favorites only to their owner.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <inheritdoc />
    protected override void ProcessRecord() => WriteFavorites(Username, galleryOnly: false, requiresUser: true);
}
