using System.Collections.Generic;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Imgur;

/// <summary>
/// Who a model is being written for: several fields depend on the caller (their vote, favorite,
/// follows, and the owner-only deletehash), and counts come from the store.
/// </summary>
public sealed record JsonView(ImgurStore Store, Account? Viewer)
{
    public bool Favorited(string itemId) => Viewer?.Favorites.Exists(f => f.ItemId == itemId) == true;

    public string? VoteOn(string postId) => Viewer?.Votes.GetValueOrDefault(postId);

    // Counted once per view: a gallery page names the same tags again and again.
    Dictionary<string, int>? postsPerTag;

    /// <summary>How many gallery posts carry the tag.</summary>
    public int PostsTagged(string tagName) => (postsPerTag ??= Store.CountPostsPerTag()).GetValueOrDefault(tagName);
}
