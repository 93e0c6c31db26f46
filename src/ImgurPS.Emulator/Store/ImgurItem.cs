using System.Collections.Generic;
using ImgurPS.Emulator.Media;

namespace ImgurPS.Emulator.Store;

/// <summary>What images and albums share: identity, ownership and the fields Imgur shows on both.</summary>
public abstract class ImgurItem
{
    public required string Id { get; init; }
    public required string Deletehash { get; init; }

    /// <summary>Null for anonymous uploads, which only their deletehash can change.</summary>
    public Account? Owner { get; init; }

    public required long Datetime { get; init; }

    // Title and description change through the update route, always under the store's lock.
    public string? Title { get; set; }
    public string? Description { get; set; }

    public long Views { get; init; }
    public bool? Nsfw { get; init; }
    public bool InGallery { get; init; }
    public bool InMostViral { get; init; }

    public bool IsOwnedBy(Account? viewer) => Owner is not null && viewer?.Id == Owner.Id;
}

/// <summary>An image or video. The emulator keeps what Imgur reports about it, never its bytes.</summary>
public sealed class ImageRecord : ImgurItem
{
    public required MediaType Media { get; init; }
    public bool Animated { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public long Size { get; init; }

    /// <summary>The file name given at upload; Imgur shows it to the owner only.</summary>
    public string Name { get; init; } = "";

    /// <summary>Imgur serves videos as MP4 whatever was uploaded.</summary>
    public string Link => $"https://i.imgur.com/{Id}.{(Media.IsVideo ? "mp4" : Media.Extension)}";
}

/// <summary>An album: an ordered list of image ids, the first being the cover.</summary>
public sealed class AlbumRecord : ImgurItem
{
    /// <summary>Changed by uploads and deletes, always under the store's lock.</summary>
    public List<string> ImageIds { get; } = [];

    public string Link => $"https://imgur.com/a/{Id}";
}
