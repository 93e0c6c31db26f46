using System;

namespace ImgurPS.Models;

/// <summary>What gallery images and gallery albums share; Imgur tells them apart by is_album.</summary>
public interface IImgurGalleryItem
{
    /// <summary>The item id.</summary>
    string? Id { get; }

    /// <summary>The title.</summary>
    string? Title { get; }

    /// <summary>The item id, as the gallery cmdlets bind it (-GalleryId).</summary>
    string? GalleryId { get; }

    /// <summary>True for a gallery album, false for a gallery image.</summary>
    bool IsAlbum { get; }

    /// <summary>When the item was posted.</summary>
    DateTimeOffset? Datetime { get; }

    /// <summary>Upvotes minus downvotes.</summary>
    long? Points { get; }

    /// <summary>Number of views.</summary>
    long Views { get; }

    /// <summary>The item's link.</summary>
    string? Link { get; }

    /// <summary>The rate limits of the response that listed the item.</summary>
    ImgurRateLimit? RateLimit { get; set; }
}
