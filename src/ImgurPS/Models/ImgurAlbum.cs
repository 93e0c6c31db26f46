using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>An album (Imgur's Album model).</summary>
public class ImgurAlbum : ImgurObject
{
    /// <summary>The album id (its hash).</summary>
    public string? Id { get; set; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; set; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>When the album was created.</summary>
    public DateTimeOffset? Datetime { get; set; }

    /// <summary>Image id of the cover; null for an empty album.</summary>
    public string? Cover { get; set; }

    /// <summary>Cover-crop marker; usually null.</summary>
    public long? CoverEdited { get; set; }

    /// <summary>Cover width in pixels.</summary>
    public int? CoverWidth { get; set; }

    /// <summary>Cover height in pixels.</summary>
    public int? CoverHeight { get; set; }

    /// <summary>The owner's username; null for anonymous albums.</summary>
    public string? AccountUrl { get; set; }

    /// <summary>The owner's account id; null for anonymous albums.</summary>
    public long? AccountId { get; set; }

    /// <summary>public, hidden or secret (deprecated by Imgur, still returned).</summary>
    public string? Privacy { get; set; }

    /// <summary>blog, grid, horizontal or vertical (deprecated by Imgur, still returned).</summary>
    public string? Layout { get; set; }

    /// <summary>Number of views.</summary>
    public long Views { get; set; }

    /// <summary>The album's page, https://imgur.com/a/{id}.</summary>
    public string? Link { get; set; }

    /// <summary>Whether the caller has favorited the album.</summary>
    public bool? Favorite { get; set; }

    /// <summary>Whether the album is marked not safe for work.</summary>
    public bool? Nsfw { get; set; }

    /// <summary>The subreddit the album came from, if any.</summary>
    public string? Section { get; set; }

    /// <summary>Sort position in account album listings.</summary>
    public int? Order { get; set; }

    /// <summary>The delete hash that controls an anonymous album; only shown to its owner.</summary>
    [JsonPropertyName("deletehash")]
    public string? DeleteHash { get; set; }

    /// <summary>Number of images in the album.</summary>
    public int ImagesCount { get; set; }

    /// <summary>The album's images, when Imgur includes them.</summary>
    public ImgurImage[]? Images { get; set; }

    /// <summary>Whether the album is in the public gallery.</summary>
    public bool? InGallery { get; set; }

    /// <summary>Whether the album is a promoted post.</summary>
    public bool? IsAd { get; set; }

    /// <summary>Whether album ads are shown.</summary>
    public bool? IncludeAlbumAds { get; set; }

    /// <summary>Imgur's ad-safety flags; not for logic.</summary>
    public ImgurAdConfig? AdConfig { get; set; }

    /// <summary>The album id under the name the album cmdlets bind by property name (-AlbumId).</summary>
    [JsonIgnore]
    public string? AlbumId => Id;

    /// <inheritdoc />
    public override string ToString() => Link ?? Id ?? string.Empty;
}
