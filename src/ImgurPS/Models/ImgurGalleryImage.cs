using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>An image posted to the public gallery (Imgur's Gallery Image model).</summary>
public sealed class ImgurGalleryImage : ImgurImage, IImgurGalleryItem
{
    /// <summary>Always false: this is an image.</summary>
    public bool IsAlbum { get; set; }

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

    /// <summary>Number of comments.</summary>
    public long? CommentCount { get; set; }

    /// <summary>Number of users who favorited the item.</summary>
    public long? FavoriteCount { get; set; }

    /// <summary>The topic name.</summary>
    public string? Topic { get; set; }

    /// <summary>The topic id; 0 or null when none.</summary>
    public long? TopicId { get; set; }

    /// <summary>The reddit thread of a subreddit-gallery item.</summary>
    public string? RedditComments { get; set; }

    /// <summary>The meme behind the image; only in the memes gallery.</summary>
    public ImgurMemeMetadata? MemeMetadata { get; set; }
}
