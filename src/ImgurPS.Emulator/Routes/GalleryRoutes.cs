using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// The gallery listing (spec 2.4 GA-01 and its legacy form without window) and single gallery items
/// (GA-09, GA-10, GA-11). The segments are optional and overlap, so they are parsed here rather than
/// by route templates.
/// </summary>
public static class GalleryRoutes
{
    public static void Map(ApiPipeline api) => api.Map(["GET"], "/3/gallery/{**rest}", Metering.Request, Answer);

    static Reply Answer(ApiCall call)
    {
        string[] segments = call.Route("rest").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            [] => List(call, "hot", []),
            [("image" or "album") and var kind, var id] => Item(call, id, kind),
            [var section, ..] when GalleryQuery.Sections.Contains(section) => List(call, section, segments[1..]),
            [var id] => Item(call, id, kind: null),

            // Looks like a listing with a misspelt section, rather than a gallery route the emulator lacks.
            [var section, var next, ..] when GalleryQuery.Sorts.Contains(next) || IsPage(next) => Unknown("section", section, GalleryQuery.Sections),
            _ => Reply.NotFoundPage(call.Request),
        };
    }

    /// <summary><c>[/{sort}[/{window}]][/{page}]</c> after the section; a number is always the page.</summary>
    static Reply List(ApiCall call, string section, string[] rest)
    {
        (string Sort, string Window, string Page)? parts = rest switch
        {
            [] => ("viral", "day", "0"),
            [var p] when IsPage(p) => ("viral", "day", p),
            [var s] => (s, "day", "0"),
            [var s, var p] when IsPage(p) => (s, "day", p),
            [var s, var w] => (s, w, "0"),
            [var s, var w, var p] => (s, w, p),
            _ => null,
        };
        if (parts is not var (sort, window, pageText))
        {
            return Reply.NotFoundPage(call.Request);
        }

        if (!GalleryQuery.Sorts.Contains(sort))
        {
            return Unknown("sort", sort, GalleryQuery.Sorts);
        }

        if (sort == "rising" && section != "user")
        {
            return Reply.Error(400, $"The sort 'rising' is only available in the user section, not in '{section}'.");
        }

        if (!GalleryQuery.Windows.Contains(window))
        {
            return Unknown("window", window, GalleryQuery.Windows);
        }

        if (!IsPage(pageText))
        {
            return Reply.Error(400, $"'{pageText}' is not a page number; pages count from 0.");
        }

        var query = new GalleryQuery(
            section,
            sort,
            window,
            int.Parse(pageText, CultureInfo.InvariantCulture),
            ShowViral: call.Flag("showViral", true),
            // The mature query is for Client-ID callers; a user gets their show_mature setting (spec 2.4).
            Mature: call.User?.ShowMature ?? call.Flag("mature", false));
        bool albumPreviews = call.Flag("album_previews", false);
        return Reply.Ok(ImgurJson.GalleryItems(call.State.Store.GalleryPage(query, call.Options.PageSize), call.View, albumPreviews));
    }

    /// <summary>One gallery post; <paramref name="kind"/> (image or album) must match when given.</summary>
    static Reply Item(ApiCall call, string id, string? kind)
    {
        ImgurStore store = call.State.Store;
        GalleryPost? post = store.FindGalleryPost(id);
        bool kindMatches = kind is null || (kind == "album") == (post?.Item is AlbumRecord);
        return post is not null && kindMatches
            ? Reply.Ok(ImgurJson.GalleryItem(post, call.View, withAlbumImages: true))
            : Reply.Error(404, $"Unable to find a gallery {kind ?? "item"} with the id, {id}");
    }

    static bool IsPage(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    static Reply Unknown(string what, string value, IEnumerable<string> allowed) =>
        Reply.Error(400, $"'{value}' is not a gallery {what}; use one of: {string.Join(", ", allowed)}.");
}
