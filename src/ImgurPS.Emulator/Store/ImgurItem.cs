using System;
using System.Collections.Generic;
using ImgurPS.Emulator.Media;

namespace ImgurPS.Emulator.Store;

/// <summary>
/// Who may see an item. Hidden items are unlisted: reachable by id, absent from other people's
/// listings. Secret items are private: other people get 403 wherever they ask for them.
/// </summary>
public enum Privacy
{
    Public,
    Hidden,
    Secret,
}

/// <summary>What images and albums share: identity, ownership and the fields Imgur shows on both.</summary>
public abstract class ImgurItem
{
    public required string Id { get; init; }
    public required string Deletehash { get; init; }

    /// <summary>Null for anonymous uploads, which only their deletehash can change.</summary>
    public Account? Owner { get; init; }

    public required long Datetime { get; init; }

    // Title and description change through the update routes, always under the store's lock.
    public string? Title { get; set; }
    public string? Description { get; set; }

    public long Views { get; init; }
    public bool? Nsfw { get; set; }

    /// <summary>Changes when the owner shares the item to the gallery or takes it out (GA-06..08).</summary>
    public bool InGallery { get; set; }
    public bool InMostViral { get; init; }
    public Privacy Privacy { get; set; }

    public bool IsOwnedBy(Account? viewer) => Owner is not null && viewer?.Id == Owner.Id;

    /// <summary>Whether <paramref name="viewer"/> may read it at all: secret items only for their owner.</summary>
    public bool IsVisibleTo(Account? viewer) => Privacy != Privacy.Secret || IsOwnedBy(viewer);

    /// <summary>Whether it shows in a listing <paramref name="viewer"/> asked for: only public items for other people.</summary>
    public bool IsListedFor(Account? viewer) => Privacy == Privacy.Public || IsOwnedBy(viewer);
}

/// <summary>An image or video: what Imgur reports about it. Uploaded bytes are kept apart (<c>MediaFiles</c>).</summary>
public sealed class ImageRecord : ImgurItem
{
    public required MediaType Media { get; init; }
    public bool Animated { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public long Size { get; init; }

    /// <summary>When a video's transcoding is done; until then it shows as pending (always done for images).</summary>
    public DateTimeOffset ProcessedAt { get; init; }

    /// <summary>The file name given at upload; Imgur shows it to the owner only.</summary>
    public string Name { get; init; } = "";

    /// <summary>The file name of its direct link: Imgur serves videos as MP4 whatever was uploaded.</summary>
    public string FileName => $"{Id}.{(Media.IsVideo ? "mp4" : Media.Extension)}";
}

/// <summary>An album: an ordered list of image ids.</summary>
public sealed class AlbumRecord : ImgurItem
{
    /// <summary>Changed by uploads, deletes and the album routes, always under the store's lock.</summary>
    public List<string> ImageIds { get; } = [];

    /// <summary>The chosen cover; when unset or no longer in the album, the first image is the cover.</summary>
    public string? CoverId { get; set; }

    public string Layout { get; set; } = "blog";

    public string Link => $"https://imgur.com/a/{Id}";
}
