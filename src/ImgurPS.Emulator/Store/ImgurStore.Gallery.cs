using System;
using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Store;

/// <summary>The gallery side of the store: posts, tags, topics, votes and favorites.</summary>
public sealed partial class ImgurStore
{
    readonly List<GalleryPost> gallery = [];
    readonly Dictionary<string, GalleryPost> galleryById = new(StringComparer.Ordinal);
    readonly Dictionary<string, Tag> tags = new(StringComparer.OrdinalIgnoreCase);
    readonly List<Topic> topics = [];

    // Each listing's sorted posts, kept until the order can change (a post added, removed, voted on or
    // republished), so paging through a large gallery sorts it once instead of once per page.
    readonly Dictionary<GalleryQuery, List<GalleryPost>> sortedListings = [];

    /// <summary>Every gallery post: the main gallery, the memes and the subreddit images.</summary>
    public IReadOnlyList<GalleryPost> Gallery => gallery;

    public IEnumerable<Tag> Tags => tags.Values;

    public IReadOnlyList<Topic> Topics => topics;

    public GalleryPost? FindGalleryPost(string id) => Locked(() => galleryById.GetValueOrDefault(id));

    public Tag? FindTag(string name) => tags.GetValueOrDefault(name);

    /// <summary>A topic by numeric id or by name, spaces written as underscores or not (spec 2.10).</summary>
    public Topic? FindTopic(string key) => topics.FirstOrDefault(topic =>
        topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == key
        || string.Equals(topic.UrlName, key, StringComparison.OrdinalIgnoreCase)
        || string.Equals(topic.Name, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The requested page of the main gallery; past the end it is empty, as on Imgur.</summary>
    public IReadOnlyList<GalleryPost> GalleryPage(GalleryQuery query, int pageSize) => Locked(() =>
    {
        GalleryQuery listing = query with { Page = 0 };
        if (!sortedListings.TryGetValue(listing, out List<GalleryPost>? sorted))
        {
            sorted = listing.Apply(gallery.Where(post => post.IsMain), Seed.GalleryEpoch).ToList();
            sortedListings[listing] = sorted;
        }

        return Page(sorted, query.Page, pageSize);
    });

    public static IReadOnlyList<T> Page<T>(IEnumerable<T> items, int page, int pageSize) =>
        items.Skip((int)Math.Min((long)page * pageSize, int.MaxValue)).Take(pageSize).ToList();

    public IEnumerable<GalleryPost> PostsTagged(string tagName) =>
        gallery.Where(post => post.Tags.Any(tag => string.Equals(tag.Name, tagName, StringComparison.OrdinalIgnoreCase)));

    public Dictionary<string, int> CountPostsPerTag() => gallery
        .SelectMany(post => post.Tags.Select(tag => tag.Name).Distinct(StringComparer.OrdinalIgnoreCase))
        .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);

    public IEnumerable<GalleryPost> PostsBy(Account account) => gallery.Where(post => post.Item.IsOwnedBy(account));

    /// <summary>Puts an owned image or album into the gallery, or updates its post if it is there (GA-06, GA-07).</summary>
    public GalleryPost Publish(ImgurItem item, string title, Topic? topic, bool? mature, IEnumerable<string> tagNames)
    {
        lock (gate)
        {
            if (!galleryById.TryGetValue(item.Id, out GalleryPost? post))
            {
                post = new GalleryPost(item);
                AddPost(post);
            }

            item.Title = title;
            item.InGallery = true;
            item.Nsfw = mature ?? item.Nsfw;
            post.Topic = topic ?? post.Topic;
            sortedListings.Clear();
            ReplaceTags(post, tagNames, item.Owner?.Username ?? "");
            return post;
        }
    }

    /// <summary>Takes an item out of the gallery (GA-08); it stays on its owner's account.</summary>
    public void RemoveFromGallery(ImgurItem item)
    {
        lock (gate)
        {
            if (galleryById.Remove(item.Id, out GalleryPost? post))
            {
                gallery.Remove(post);
                sortedListings.Clear();
            }

            item.InGallery = false;
        }
    }

    /// <summary>Replaces a post's tags (TG-07), creating tags nobody used before.</summary>
    public void ReplaceTags(GalleryPost post, IEnumerable<string> tagNames, string author)
    {
        post.Tags.Clear();
        foreach (string name in tagNames.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct())
        {
            Tag tag = EnsureTag(name);
            post.Tags.Add(tag);
            if (!post.TagVotes.ContainsKey(tag.Name))
            {
                post.TagVotes[tag.Name] = new TagVote(tag.Name, author);
            }
        }

        foreach (string stale in post.TagVotes.Keys.Where(name => post.Tags.All(tag => tag.Name != name)).ToList())
        {
            post.TagVotes.Remove(stale);
        }
    }

    /// <summary>Toggles a favorite (IM-06, AL-07); true when the item is now a favorite.</summary>
    public bool ToggleFavorite(Account account, ImgurItem item)
    {
        int index = account.Favorites.FindIndex(f => f.ItemId == item.Id);
        GalleryPost? post = galleryById.GetValueOrDefault(item.Id);
        if (index >= 0)
        {
            account.Favorites.RemoveAt(index);
            if (post is not null)
            {
                post.FavoriteCount--;
            }

            return false;
        }

        account.Favorites.Add(new Favorite(item.Id, EmulatorClock.Now.ToUnixTimeSeconds()));
        if (post is not null)
        {
            post.FavoriteCount++;
        }

        return true;
    }

    /// <summary>Casts, changes or (with "veto") withdraws a user's vote on a post (GA-14).</summary>
    public void Vote(Account account, GalleryPost post, string vote)
    {
        (int up, int down) = Tally(account.Votes, post.Item.Id, vote);
        post.Ups += up;
        post.Downs += down;
        sortedListings.Clear();
    }

    /// <summary>The same for one tag of a post (TG-06).</summary>
    public void VoteTag(Account account, GalleryPost post, TagVote tag, string vote)
    {
        (int up, int down) = Tally(account.TagVotes, $"{post.Item.Id}/{tag.Name}", vote);
        tag.Ups += up;
        tag.Downs += down;
    }

    /// <summary>Records the vote under <paramref name="key"/> and returns how the up and down counts change.</summary>
    static (int Up, int Down) Tally<TKey>(Dictionary<TKey, string> votes, TKey key, string vote)
        where TKey : notnull
    {
        int up = 0, down = 0;
        if (votes.Remove(key, out string? previous))
        {
            if (previous == "up")
            {
                up--;
            }
            else
            {
                down--;
            }
        }

        if (vote is "up" or "down")
        {
            votes[key] = vote;
            if (vote == "up")
            {
                up++;
            }
            else
            {
                down++;
            }
        }

        return (up, down);
    }

    /// <summary>An existing tag, or a new one with no followers.</summary>
    public Tag EnsureTag(string name)
    {
        if (!tags.TryGetValue(name, out Tag? tag))
        {
            tag = new Tag(tags.Count + 1, name, name, "4A4A4A", "", "");
            tags.Add(name, tag);
        }

        return tag;
    }

    void InitGallery(SeedData seed)
    {
        foreach (Tag tag in seed.Tags)
        {
            tags.Add(tag.Name, tag);
        }

        topics.AddRange(seed.Topics);
        foreach (GalleryPost post in seed.Gallery)
        {
            AddPost(post);
        }
    }

    void AddPost(GalleryPost post)
    {
        gallery.Add(post);
        galleryById.Add(post.Item.Id, post);
        sortedListings.Clear();
    }
}
