using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>An album posted to the public gallery (Imgur's Gallery Album model).</summary>
public sealed class ImgurGalleryAlbum : ImgurAlbum, IImgurGalleryItem
{
    /// <summary>Always true: this is an album.</summary>
    public bool IsAlbum { get; set; } = true;

    /// <summary>The gallery item id under the name the gallery cmdlets bind by property name (-GalleryId).</summary>
    [JsonIgnore]
    public string? GalleryId => Id;

    /// <summary>Upvotes.</summary>
    public long? Ups { get; set; }

    /// <summary>Downvotes.</summary>
    public long? Downs { get; set; }

    /// <summary>Upvotes minus downvotes.</summary>
    public long? Points { get; set; }

    /// <summary>Imgur's popularity score.</summary>
    public long? Score { get; set; }

    /// <summary>The caller's vote: up, down or null.</summary>
    public string? Vote { get; set; }

    /// <summary>Number of comments.</summary>
    public long? CommentCount { get; set; }

    /// <summary>Number of users who favorited the item.</summary>
    public long? FavoriteCount { get; set; }

    /// <summary>The topic name.</summary>
    public string? Topic { get; set; }

    /// <summary>The topic id; 0 or null when none.</summary>
    public long? TopicId { get; set; }

    /// <summary>The album's tags.</summary>
    public ImgurTag[]? Tags { get; set; }

    /// <summary>Whether the album has been in the most-viral gallery.</summary>
    public bool? InMostViral { get; set; }

    /// <summary>The ad type; 0 for normal content.</summary>
    public int? AdType { get; set; }

    /// <summary>The ad link; empty for normal content.</summary>
    public string? AdUrl { get; set; }
}
