using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// Serves a gallery-like listing with its optional <c>[/{sort}[/{window}]][/{page}]</c> tail, or,
/// when the tail is a single id, one item of it (GA-02/03, GA-21/22, TG-03/04, TP-02/03, CG-01/02).
/// </summary>
public static class GalleryListing
{
    public static Reply Serve(
        ApiCall call,
        string[] rest,
        IReadOnlyCollection<string> sorts,
        string defaultSort,
        string defaultWindow,
        IEnumerable<GalleryPost> posts,
        Func<IReadOnlyList<GalleryPost>, List<GalleryPost>, JsonNode?>? wrap = null,
        bool allowItem = true)
    {
        if (Listing.Parse(rest, sorts, defaultSort, defaultWindow, out Listing listing, out string? itemId) is { } bad)
        {
            return bad;
        }

        List<GalleryPost> all = posts.ToList();
        if (itemId is not null)
        {
            GalleryPost? post = allowItem ? all.FirstOrDefault(p => p.Item.Id == itemId) : null;
            return post is null
                ? Reply.Error(404, $"Unable to find a gallery item with the id, {itemId}")
                : Reply.Ok(ImgurJson.GalleryItem(post, call.View, withAlbumImages: true));
        }

        IReadOnlyList<GalleryPost> page = ImgurStore.Page(listing.Apply(all), listing.Page, call.Options.PageSize);
        return Reply.Ok(wrap is null ? ImgurJson.GalleryItems(page, call.View) : wrap(page, all));
    }
}
