using System;
using System.Collections.Generic;
using System.Linq;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// An account's content (spec 2.1 AC-02..AC-04, AC-12..AC-26): favorites, submissions, albums,
/// images and comments, each with its item, <c>/ids</c> and <c>/count</c> forms. Listings page by
/// the account rules (<see cref="Paging.AccountPage"/>). The owner with Bearer sees everything;
/// anyone else sees public items. Client-ID callers may read the image listing (AC-22), not the single image,
/// the ids or the count (AC-23..25), which need a user.
/// </summary>
public static class AccountListRoutes
{
    const string Base = "/3/account/{username}";

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], Base + "/gallery_favorites/{page?}/{sort?}", Metering.Request, GalleryFavorites);
        api.Map(["GET"], Base + "/likes/{page?}/{sort?}", Metering.Request, GalleryFavorites);
        api.Map(["GET"], Base + "/favorites/{page?}/{sort?}", Metering.Request, Favorites);
        api.Map(["GET"], Base + "/submissions/{page?}", Metering.Request, Submissions);

        api.Map(["GET"], Base + "/albums/{page?}", Metering.Request, call => List(call, Albums, (album, i) => ImgurJson.Album(album, call.View, withImages: false, order: i)));
        api.Map(["GET"], Base + "/albums/ids/{page?}", Metering.Request, call => List(call, Albums, (album, _) => album.Id));
        api.Map(["GET"], Base + "/albums/count", Metering.Request, call => Count(call, Albums));
        api.Map(["GET"], Base + "/album/{id}", Metering.Request, call => One(call, Albums, album => ImgurJson.Album(album, call.View, withImages: true)));
        api.Map(["DELETE"], Base + "/album/{id}", Metering.Request, DeleteAlbum);

        api.Map(["GET"], Base + "/images/{page?}", Metering.Request, call => List(call, Images, (image, _) => ImgurJson.Image(image, call.View)));
        // AC-23..25 need a signed-in user, whatever the account (spec 2.1); the listing AC-22 does not.
        api.Map(["GET"], Base + "/images/ids/{page?}", Metering.Request, call => call.NeedUser(out _) ?? List(call, Images, (image, _) => image.Id));
        api.Map(["GET"], Base + "/images/count", Metering.Request, call => call.NeedUser(out _) ?? Count(call, Images));
        api.Map(["GET"], Base + "/image/{id}", Metering.Request, call => call.NeedUser(out _) ?? One(call, Images, image => ImgurJson.Image(image, call.View)));
        api.Map(["DELETE"], Base + "/image/{id}", Metering.Request, DeleteImage);

        api.Map(["GET"], Base + "/comments/{sort?}/{page?}", Metering.Request, call => CommentList(call, (c, _) => ImgurJson.Comment(c, call.View, children: false)));
        api.Map(["GET"], Base + "/comments/ids/{sort?}/{page?}", Metering.Request, call => CommentList(call, (c, _) => c.Id));
        api.Map(["GET"], Base + "/comments/count", Metering.Request, CommentCount);
        api.Map(["GET"], Base + "/comment/{id}", Metering.Request, GetComment);
        api.Map(["DELETE"], Base + "/comment/{id}", Metering.Request, DeleteComment);
    }

    static IEnumerable<AlbumRecord> Albums(ApiCall call, Account account) =>
        call.State.Store.AlbumsOf(account).Where(album => album.IsListedFor(call.User));

    static IEnumerable<ImageRecord> Images(ApiCall call, Account account) =>
        call.State.Store.ImagesOf(account).Where(image => image.IsListedFor(call.User));

    static Reply List<T>(ApiCall call, Func<ApiCall, Account, IEnumerable<T>> items, Func<T, int, System.Text.Json.Nodes.JsonNode?> select)
    {
        if (call.FindAccount(call.Route("username"), out Account account) is { } missing)
        {
            return missing;
        }

        if (call.AccountPage(NullIfEmpty(call.Route("page")), out PageRequest page) is { } bad)
        {
            return bad;
        }

        int first = page.Page * page.Size;
        return Reply.Ok(JsonList.Of(page.Of(items(call, account)).Select((item, i) => (item, i)), pair => select(pair.item, first + pair.i)));
    }

    static Reply Count<T>(ApiCall call, Func<ApiCall, Account, IEnumerable<T>> items) =>
        call.FindAccount(call.Route("username"), out Account account) ?? Reply.Ok(items(call, account).Count());

    /// <summary>One item of the account: 404 if it is not the account's, 403 if it is another user's secret item.</summary>
    static Reply One<T>(ApiCall call, Func<ApiCall, Account, IEnumerable<T>> items, Func<T, System.Text.Json.Nodes.JsonNode> select)
        where T : ImgurItem
    {
        if (call.FindAccount(call.Route("username"), out Account account) is { } missing)
        {
            return missing;
        }

        string id = call.Route("id");
        T? item = call.State.Store.FindItem(id) as T;
        if (item is null || !item.IsOwnedBy(account))
        {
            return typeof(T) == typeof(AlbumRecord) ? Access.AlbumNotFound(id) : Access.ImageNotFound(id);
        }

        return item.IsVisibleTo(call.User) ? Reply.Ok(select(item)) : Access.Forbidden($"{id}");
    }

    static Reply DeleteAlbum(ApiCall call)
    {
        if (call.OwnAccount(call.Route("username"), out Account account) is { } denied)
        {
            return denied;
        }

        string id = call.Route("id");
        AlbumRecord? album = call.State.Store.FindAlbum(id);
        if (album is null)
        {
            return Access.AlbumNotFound(id);
        }

        if (!album.IsOwnedBy(account))
        {
            return Access.Forbidden($"the album {id}");
        }

        call.State.Store.RemoveAlbum(album);
        return Reply.Ok(true);
    }

    /// <summary>AC-26 takes the deletehash, not the id.</summary>
    static Reply DeleteImage(ApiCall call)
    {
        if (call.OwnAccount(call.Route("username"), out Account account) is { } denied)
        {
            return denied;
        }

        string deletehash = call.Route("id");
        ImageRecord? image = call.State.Store.FindImageByDeletehash(deletehash);
        if (image is null)
        {
            return Reply.Error(404, $"Unable to find an image with the deletehash, {deletehash}");
        }

        if (!image.IsOwnedBy(account))
        {
            return Access.Forbidden($"the image with the deletehash {deletehash}");
        }

        call.State.Store.RemoveImage(image);
        call.State.Media.Forget(image.Id);
        return Reply.Ok(true);
    }

    /// <summary>AC-02: favorites that are gallery posts; public.</summary>
    static Reply GalleryFavorites(ApiCall call)
    {
        if (call.FindAccount(call.Route("username"), out Account account) is { } missing)
        {
            return missing;
        }

        return FavoriteList(call, account, post => post is not null);
    }

    /// <summary>AC-03: every favorite, gallery post or not; only for the account's owner.</summary>
    static Reply Favorites(ApiCall call)
    {
        if (call.OwnAccount(call.Route("username"), out Account account) is { } denied)
        {
            return denied;
        }

        return FavoriteList(call, account, _ => true);
    }

    static Reply FavoriteList(ApiCall call, Account account, Func<GalleryPost?, bool> include)
    {
        string? sort = NullIfEmpty(call.Route("sort"));
        if (sort is not null and not "newest" and not "oldest")
        {
            return Reply.Error(400, $"'{sort}' is not a favorites sort; use newest or oldest.");
        }

        if (call.AccountPage(NullIfEmpty(call.Route("page")), out PageRequest page) is { } bad)
        {
            return bad;
        }

        ImgurStore store = call.State.Store;
        IEnumerable<Favorite> ordered = sort == "oldest" ? account.Favorites : Enumerable.Reverse(account.Favorites);
        var shown = ordered
            .Select(f => (Item: store.FindItem(f.ItemId), Post: store.FindGalleryPost(f.ItemId)))
            .Where(f => f.Item is not null && f.Item.IsListedFor(call.User) && include(f.Post));
        return Reply.Ok(JsonList.Of(page.Of(shown), f => f.Post is { } post ? ImgurJson.GalleryItem(post, call.View, withAlbumImages: false) : ImgurJson.Item(f.Item!, call.View)));
    }

    /// <summary>AC-04: the account's gallery posts, newest first.</summary>
    static Reply Submissions(ApiCall call)
    {
        if (call.FindAccount(call.Route("username"), out Account account) is { } missing)
        {
            return missing;
        }

        if (call.AccountPage(NullIfEmpty(call.Route("page")), out PageRequest page) is { } bad)
        {
            return bad;
        }

        IEnumerable<GalleryPost> posts = call.State.Store.PostsBy(account).OrderByDescending(p => p.Item.Datetime).ThenBy(p => p.Item.Id, StringComparer.Ordinal);
        return Reply.Ok(ImgurJson.GalleryItems(page.Of(posts), call.View));
    }

    static Reply CommentList(ApiCall call, Func<CommentRecord, int, System.Text.Json.Nodes.JsonNode?> select)
    {
        if (call.FindAccount(call.Route("username"), out Account account) is { } missing)
        {
            return missing;
        }

        // The sort segment is optional, so a lone number is the page (spec Q20).
        string? sort = NullIfEmpty(call.Route("sort"));
        string? pageText = NullIfEmpty(call.Route("page"));
        if (sort is not null && pageText is null && Paging.IsPage(sort))
        {
            (sort, pageText) = (null, sort);
        }

        if (CommentOrder.Parse(sort, CommentOrder.AccountSorts, out var order) is { } badSort)
        {
            return badSort;
        }

        if (call.AccountPage(pageText, out PageRequest page) is { } bad)
        {
            return bad;
        }

        return Reply.Ok(JsonList.Of(page.Of(order(call.State.Store.CommentsBy(account))).Select((c, i) => (c, i)), pair => select(pair.c, pair.i)));
    }

    static Reply CommentCount(ApiCall call) =>
        call.FindAccount(call.Route("username"), out Account account) ?? Reply.Ok(call.State.Store.CommentsBy(account).Count());

    static Reply GetComment(ApiCall call)
    {
        if (AccountComment(call, out _, out CommentRecord comment) is { } missing)
        {
            return missing;
        }

        return Reply.Ok(ImgurJson.Comment(comment, call.View, children: true));
    }

    static Reply DeleteComment(ApiCall call)
    {
        if (call.OwnAccount(call.Route("username"), out _) is { } denied)
        {
            return denied;
        }

        if (AccountComment(call, out _, out CommentRecord comment) is { } missing)
        {
            return missing;
        }

        comment.Deleted = true;
        return Reply.Ok(true);
    }

    static Reply? AccountComment(ApiCall call, out Account account, out CommentRecord comment)
    {
        comment = null!;
        if (call.FindAccount(call.Route("username"), out account) is { } missing)
        {
            return missing;
        }

        if (call.FindComment(call.Route("id"), out comment) is { } unknown)
        {
            return unknown;
        }

        return comment.Author.Id == account.Id && !comment.Deleted ? null : Reply.Error(404, "Comment not found");
    }

    static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
