using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Where a listing starts and how much it shows (spec 1.8).</summary>
public readonly record struct PageRequest(int Page, int Size)
{
    public IReadOnlyList<T> Of<T>(IEnumerable<T> items) => ImgurStore.Page(items, Page, Size);
}

/// <summary>
/// The paging rules (spec 1.8): zero-based pages from a path segment, defaulting to 0; account
/// listings also take <c>page</c> (which wins) and <c>perPage</c> (default 50, at most 100) from the
/// query; gallery-like listings have a fixed size. Past the end a listing is empty, never an error.
/// </summary>
public static class Paging
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 100;

    public static bool IsPage(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>A page segment; null means "not given", which is page 0.</summary>
    public static Reply? ParsePage(string? text, out int page)
    {
        page = 0;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page)
            ? null
            : Reply.Error(400, $"'{text}' is not a page number; pages count from 0.");
    }

    /// <summary>An account listing's page: the path segment, or the <c>page</c> query; <c>perPage</c> from the query.</summary>
    public static Reply? AccountPage(this ApiCall call, string? pathPage, out PageRequest request)
    {
        request = default;
        if (ParsePage(call.Field("page") is { Length: > 0 } query ? query : pathPage, out int page) is { } bad)
        {
            return bad;
        }

        int size = DefaultPerPage;
        if (call.Field("perPage") is { Length: > 0 } perPage)
        {
            if (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1)
            {
                return Reply.Error(400, $"'{perPage}' is not a valid perPage; use a whole number from 1 to {MaxPerPage}.");
            }

            size = Math.Min(size, MaxPerPage);
        }

        request = new PageRequest(page, size);
        return null;
    }

    /// <summary>A gallery-like listing's page: fixed size, <c>perPage</c> ignored (spec 1.8).</summary>
    public static Reply? GalleryPage(this ApiCall call, string? pathPage, out PageRequest request)
    {
        Reply? bad = ParsePage(pathPage, out int page);
        request = new PageRequest(page, call.Options.PageSize);
        return bad;
    }

    /// <summary>The segments of a path, without empty ones.</summary>
    public static string[] Segments(this ApiCall call, string name) => call.Route(name).Split('/', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// The optional <c>[/{sort}[/{window}]][/{page}]</c> tail of gallery-like listings (spec 2.4, Q20).
/// A number is always the page; a lone segment that is neither sort nor page is an item id.
/// </summary>
public sealed record Listing(string Sort, string Window, int Page)
{
    public static readonly string[] Windows = ["day", "week", "month", "year", "all"];

    /// <summary>Parses <paramref name="rest"/>; returns the error to answer, or null with the listing or the item id set.</summary>
    public static Reply? Parse(string[] rest, IReadOnlyCollection<string> sorts, string defaultSort, string defaultWindow, out Listing listing, out string? itemId)
    {
        listing = new Listing(defaultSort, defaultWindow, 0);
        itemId = null;
        (string? Sort, string? Window, string? Page)? parts = rest switch
        {
            [] => (null, null, null),
            [var p] when Paging.IsPage(p) => (null, null, p),
            [var s] when sorts.Contains(s) => (s, null, null),
            [var id] => (null, null, id),
            [var s, var p] when Paging.IsPage(p) => (s, null, p),
            [var s, var w] => (s, w, null),
            [var s, var w, var p] => (s, w, p),
            _ => null,
        };
        if (parts is not var (sort, window, page))
        {
            return Reply.Error(404, $"Unable to find a listing at /{string.Join('/', rest)}");
        }

        if (rest is [var single] && !Paging.IsPage(single) && !sorts.Contains(single))
        {
            itemId = single;
            return null;
        }

        if (sort is not null && !sorts.Contains(sort))
        {
            return Reply.Error(400, $"'{sort}' is not a sort here; use one of: {string.Join(", ", sorts)}.");
        }

        if (window is not null && !Windows.Contains(window))
        {
            return Reply.Error(400, $"'{window}' is not a window; use one of: {string.Join(", ", Windows)}.");
        }

        if (Paging.ParsePage(page, out int number) is { } bad)
        {
            return bad;
        }

        listing = new Listing(sort ?? defaultSort, window ?? defaultWindow, number);
        return null;
    }

    /// <summary>Orders posts by this listing's sort, keeping only those inside the window when the sort is top.</summary>
    public IEnumerable<GalleryPost> Apply(IEnumerable<GalleryPost> posts) =>
        new GalleryQuery("user", Sort, Window, Page, ShowViral: true, Mature: true).Apply(posts, Seed.GalleryEpoch);
}
