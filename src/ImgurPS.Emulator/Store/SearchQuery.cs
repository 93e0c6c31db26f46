using System;
using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Store;

/// <summary>
/// Gallery search (spec 2.4 GA-04): either the simple <c>q</c>, with <c>AND</c>, <c>OR</c>, <c>NOT</c>
/// and the prefixes <c>tag:</c>, <c>user:</c>, <c>title:</c>, <c>ext:</c>, <c>subreddit:</c>,
/// <c>album:</c>, <c>meme:</c>; or the advanced fields, which win when any is present. Words match
/// titles, descriptions and tag names, ignoring case.
/// </summary>
public sealed class SearchQuery
{
    public static readonly string[] AdvancedFields = ["q_all", "q_any", "q_exactly", "q_not", "q_type", "q_size_px"];
    public static readonly string[] Types = ["jpg", "png", "gif", "anigif", "album"];
    public static readonly string[] Sizes = ["small", "med", "big", "lrg", "huge"];

    readonly Func<GalleryPost, ImgurStore, bool> match;

    SearchQuery(Func<GalleryPost, ImgurStore, bool> match) => this.match = match;

    /// <summary>Builds the query, or returns null with the message saying what is wrong.</summary>
    public static SearchQuery? Create(Func<string, string?> field, out string? error)
    {
        error = null;
        if (AdvancedFields.Any(name => !string.IsNullOrWhiteSpace(field(name))))
        {
            return Advanced(field, out error);
        }

        if (field("q") is not { } q || string.IsNullOrWhiteSpace(q))
        {
            error = "Send a search query as 'q', or one of the advanced fields " + string.Join(", ", AdvancedFields) + ".";
            return null;
        }

        return Simple(q);
    }

    public IEnumerable<GalleryPost> Apply(IEnumerable<GalleryPost> posts, ImgurStore store) => posts.Where(post => match(post, store));

    /// <summary>Groups separated by OR; inside a group every term must hold, NOT (or a leading '-') negating the next.</summary>
    static SearchQuery Simple(string q)
    {
        var groups = new List<List<(bool Negated, string Term)>> { new() };
        bool negate = false;
        foreach (string token in q.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "OR":
                    groups.Add([]);
                    break;
                case "AND":
                    break;
                case "NOT":
                    negate = true;
                    break;
                default:
                    bool minus = token.StartsWith('-') && token.Length > 1;
                    groups[^1].Add((negate ^ minus, minus ? token[1..] : token));
                    negate = false;
                    break;
            }
        }

        return new SearchQuery((post, store) => groups.Any(group => group.Count > 0 && group.All(t => Term(post, store, t.Term) != t.Negated)));
    }

    static bool Term(GalleryPost post, ImgurStore store, string term)
    {
        int colon = term.IndexOf(':', StringComparison.Ordinal);
        string prefix = colon > 0 ? term[..colon].ToLowerInvariant() : "";
        string value = colon > 0 ? term[(colon + 1)..] : term;
        return prefix switch
        {
            "tag" => post.Tags.Any(tag => Same(tag.Name, value)),
            "user" => Same(post.Item.Owner?.Username, value),
            "title" => Contains(post.Item.Title, value),
            "ext" => Same(Extension(post, store), value.TrimStart('.')),
            "subreddit" => Same(post.Subreddit, value),
            "album" => (post.Item is AlbumRecord) == (value is "true" or "1" or "yes"),
            "meme" => Contains(post.Meme?.MemeName, value),
            _ => Word(post, term),
        };
    }

    static SearchQuery? Advanced(Func<string, string?> field, out string? error)
    {
        error = null;
        string[] Words(string name) => (field(name) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] all = Words("q_all"), any = Words("q_any"), not = Words("q_not");
        string exactly = field("q_exactly") ?? "";
        string type = field("q_type") ?? "";
        string size = field("q_size_px") ?? "";
        if (type.Length > 0 && !Types.Contains(type))
        {
            error = $"'{type}' is not a q_type; use one of: {string.Join(", ", Types)}.";
            return null;
        }

        if (size.Length > 0 && !Sizes.Contains(size))
        {
            error = $"'{size}' is not a q_size_px; use one of: {string.Join(", ", Sizes)}.";
            return null;
        }

        return new SearchQuery((post, store) =>
            all.All(w => Word(post, w))
            && (any.Length == 0 || any.Any(w => Word(post, w)))
            && !not.Any(w => Word(post, w))
            && (exactly.Length == 0 || Contains(post.Item.Title, exactly) || Contains(post.Item.Description, exactly))
            && (type.Length == 0 || OfType(post, store, type))
            && (size.Length == 0 || OfSize(Cover(post, store), size)));
    }

    static bool Word(GalleryPost post, string word) =>
        Contains(post.Item.Title, word) || Contains(post.Item.Description, word) || post.Tags.Any(tag => Same(tag.Name, word));

    static bool OfType(GalleryPost post, ImgurStore store, string type) => type switch
    {
        "album" => post.Item is AlbumRecord,
        "anigif" => post.Item is ImageRecord { Animated: true },
        _ => post.Item is ImageRecord && Same(Extension(post, store), type),
    };

    /// <summary>Sizes by the longer side: small up to 500 px, med to 2000, big to 5000, lrg to 10000, huge beyond.</summary>
    static bool OfSize(ImageRecord? image, string size)
    {
        int side = Math.Max(image?.Width ?? 0, image?.Height ?? 0);
        return size switch
        {
            "small" => side <= 500,
            "med" => side is > 500 and <= 2000,
            "big" => side is > 2000 and <= 5000,
            "lrg" => side is > 5000 and <= 10000,
            _ => side > 10000,
        };
    }

    static ImageRecord? Cover(GalleryPost post, ImgurStore store) =>
        post.Item as ImageRecord ?? (post.Item is AlbumRecord album ? store.AlbumImages(album).FirstOrDefault() : null);

    static string? Extension(GalleryPost post, ImgurStore store) => Cover(post, store)?.Media.Extension;

    static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;
}
