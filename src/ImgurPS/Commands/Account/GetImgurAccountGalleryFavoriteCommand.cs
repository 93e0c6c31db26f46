using System.Management.Automation;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountGalleryFavorite: the gallery items a user has favorited (AC-02), page by page.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountGalleryFavorite")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurAccountGalleryFavoriteCommand : AccountFavoriteCmdlet
{
    /// <summary>The user; "me" (the default) is the signed-in user.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <inheritdoc />
    protected override void ProcessRecord() => WriteFavorites(Username, galleryOnly: true, requiresUser: IsMe(Username));
}
