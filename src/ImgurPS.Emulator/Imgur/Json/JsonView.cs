using System.Collections.Generic;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Imgur;

/// <summary>
/// Who a model is being written for: several fields depend on the caller (their vote, favorite,
/// follows, and the owner-only deletehash), and counts come from the store. <paramref name="MediaBase"/> is the
/// origin media links name: the emulator's own, which serves them, unless <c>--media-base</c> names another.
/// </summary>
public sealed record JsonView(ImgurStore Store, Account? Viewer, string MediaBase = JsonView.ImgurMedia)
{
    public const string ImgurMedia = "https://i.imgur.com";

    /// <summary>The direct link of a file of an image, e.g. http://127.0.0.1:5000/AbC1234.png.</summary>
    public string MediaLink(string file) => $"{MediaBase}/{file}";

    public bool Favorited(string itemId) => Viewer?.Favorites.Exists(f => f.ItemId == itemId) == true;

    public string? VoteOn(string postId) => Viewer?.Votes.GetValueOrDefault(postId);

    // Counted once per view: a gallery page names the same tags again and again.
    Dictionary<string, int>? postsPerTag;

    /// <summary>How many gallery posts carry the tag.</summary>
    public int PostsTagged(string tagName) => (postsPerTag ??= Store.CountPostsPerTag()).GetValueOrDefault(tagName);
}
