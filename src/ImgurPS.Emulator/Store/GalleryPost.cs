using System.Collections.Generic;

namespace ImgurPS.Emulator.Store;

/// <summary>The meme fields of a memes-gallery image (spec 3.18).</summary>
public sealed record MemeMetadata(string MemeName, string TopText, string BottomText, string BgImage);

/// <summary>The votes on one tag of one post (spec 3.14); the author is who put the tag there.</summary>
public sealed class TagVote(string name, string author)
{
    public string Name { get; } = name;
    public string Author { get; } = author;
    public int Ups { get; set; }
    public int Downs { get; set; }
}

/// <summary>
/// An image or album in the public gallery, with the social numbers the gallery adds. Votes, tags and
/// favorites change it, always under the store's lock.
/// </summary>
public sealed class GalleryPost(ImgurItem item)
{
    public ImgurItem Item { get; } = item;
    public int Ups { get; set; }
    public int Downs { get; set; }
    public int Score { get; set; }
    public int FavoriteCount { get; set; }
    public Topic? Topic { get; set; }
    public List<Tag> Tags { get; } = [];
    public Dictionary<string, TagVote> TagVotes { get; } = [];

    /// <summary>The subreddit of a subreddit-gallery image (GA-02), which keeps it out of the main gallery.</summary>
    public string? Subreddit { get; init; }

    /// <summary>Set on memes-gallery images (GA-21), which keeps them out of the main gallery.</summary>
    public MemeMetadata? Meme { get; init; }

    public int Points => Ups - Downs;

    public bool IsMain => Subreddit is null && Meme is null;
}
