using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// Albums (spec 2.3 AL-01..AL-10). Anonymous albums are changed by deletehash, owned ones by id with
/// the owner's token (Q31); <c>ids</c> and <c>deletehashes</c> come in every array form (Q16), and
/// the verbs clients use besides the documented ones are accepted (Q17).
/// </summary>
public static class AlbumRoutes
{
    static readonly string[] Layouts = ["blog", "grid", "horizontal", "vertical"];

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/album/{id}", Metering.Request, Get);
        api.Map(["GET"], "/3/album/{id}/images", Metering.Request, Images);
        api.Map(["GET"], "/3/album/{id}/image/{imageId}", Metering.Request, Image);
        api.Map(["POST"], "/3/album", Metering.Request, Create);

        // AL-05 (update, PUT documented) and AL-08 (set images, POST) share a path: both change the
        // fields given, and ids/deletehashes, when given, replace the content.
        api.Map(["PUT", "POST"], "/3/album/{id}", Metering.Request, Update);
        api.Map(["DELETE"], "/3/album/{id}", Metering.Request, Delete);
        api.Map(["POST"], "/3/album/{id}/favorite", Metering.Request, Favorite);
        api.Map(["POST", "PUT"], "/3/album/{id}/add", Metering.Request, Add);
        api.Map(["POST", "DELETE"], "/3/album/{id}/remove_images", Metering.Request, RemoveImages);
    }

    static Reply Get(ApiCall call) =>
        call.FindAlbum(call.Route("id"), out AlbumRecord album) ?? Reply.Ok(ImgurJson.Album(album, call.View, withImages: true));

    /// <summary>Not paged: every image the caller may see (spec 1.8).</summary>
    static Reply Images(ApiCall call) =>
        call.FindAlbum(call.Route("id"), out AlbumRecord album) ?? Reply.Ok(ImgurJson.Images(Visible(call, album), call.View));

    static Reply Image(ApiCall call)
    {
        if (call.FindAlbum(call.Route("id"), out AlbumRecord album) is { } missing)
        {
            return missing;
        }

        string imageId = call.Route("imageId");
        ImageRecord? image = Visible(call, album).FirstOrDefault(i => i.Id == imageId);
        return image is null ? Access.ImageNotFound(imageId) : Reply.Ok(ImgurJson.Image(image, call.View));
    }

    static IEnumerable<ImageRecord> Visible(ApiCall call, AlbumRecord album) =>
        call.State.Store.AlbumImages(album).Where(image => image.IsVisibleTo(call.User));

    /// <summary>AL-04: a user's album with Bearer, an anonymous one with Client-ID.</summary>
    static Reply Create(ApiCall call)
    {
        if (Content(call, out List<ImageRecord> images) is { } bad)
        {
            return bad;
        }

        if (Privacy(call, call.User?.AlbumPrivacy ?? "public", out Privacy privacy) is { } badPrivacy)
        {
            return badPrivacy;
        }

        AlbumRecord album = call.State.Store.AddAlbum((id, deletehash) => new AlbumRecord
        {
            Id = id,
            Deletehash = deletehash,
            Owner = call.User,
            Datetime = EmulatorClock.Now.ToUnixTimeSeconds(),
            Privacy = privacy,
        });
        album.ImageIds.AddRange(images.Select(image => image.Id));
        if (Apply(call, album) is { } invalid)
        {
            call.State.Store.RemoveAlbum(album);
            return invalid;
        }

        return Reply.Ok(new JsonObject { ["id"] = album.Id, ["deletehash"] = album.Deletehash });
    }

    static Reply Update(ApiCall call)
    {
        if (Changeable(call, out AlbumRecord album) is { } denied)
        {
            return denied;
        }

        if (call.Has("ids") || call.Has("deletehashes"))
        {
            if (Content(call, out List<ImageRecord> images) is { } bad)
            {
                return bad;
            }

            album.ImageIds.Clear();
            album.ImageIds.AddRange(images.Select(image => image.Id));
        }

        return Apply(call, album) ?? Reply.Ok(true);
    }

    static Reply Delete(ApiCall call)
    {
        if (Changeable(call, out AlbumRecord album) is { } denied)
        {
            return denied;
        }

        call.State.Store.RemoveAlbum(album);
        return Reply.Ok(true);
    }

    static Reply Favorite(ApiCall call)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.FindAlbum(call.Route("id"), out AlbumRecord album) is { } missing)
        {
            return missing;
        }

        return Reply.Ok(call.State.Store.ToggleFavorite(user, album) ? "favorited" : "unfavorited");
    }

    /// <summary>AL-09: appends, skipping images already in the album.</summary>
    static Reply Add(ApiCall call)
    {
        if (Changeable(call, out AlbumRecord album) is { } denied)
        {
            return denied;
        }

        if (!call.Has("ids") && !call.Has("deletehashes"))
        {
            return Reply.Error(400, "Send the images to add as 'ids' (or 'ids[]') and/or 'deletehashes'.");
        }

        if (Content(call, out List<ImageRecord> images) is { } bad)
        {
            return bad;
        }

        album.ImageIds.AddRange(images.Select(image => image.Id).Where(id => !album.ImageIds.Contains(id)));
        return Reply.Ok(true);
    }

    /// <summary>AL-10: documented as POST with <c>ids[]</c>; clients also send DELETE with <c>?ids=</c>.</summary>
    static Reply RemoveImages(ApiCall call)
    {
        if (Changeable(call, out AlbumRecord album) is { } denied)
        {
            return denied;
        }

        IReadOnlyList<string> ids = call.List("ids");
        if (ids.Count == 0)
        {
            return Access.Missing("ids");
        }

        album.ImageIds.RemoveAll(ids.Contains);
        return Reply.Ok(true);
    }

    static Reply? Changeable(ApiCall call, out AlbumRecord album)
    {
        string key = call.Route("id");
        ImgurStore store = call.State.Store;
        return call.ForChange(key, store.FindAlbumByDeletehash(key), store.FindAlbum(key), out album);
    }

    /// <summary>
    /// The images named by <c>ids</c> and <c>deletehashes</c>. A deletehash proves control of any
    /// image; an id only of the caller's own images, or of anonymous ones for an anonymous caller.
    /// </summary>
    static Reply? Content(ApiCall call, out List<ImageRecord> images)
    {
        images = [];
        ImgurStore store = call.State.Store;
        foreach (string id in call.List("ids"))
        {
            ImageRecord? image = store.FindImage(id);
            if (image is null)
            {
                return Access.ImageNotFound(id);
            }

            bool allowed = call.User is null ? image.Owner is null : image.IsOwnedBy(call.User);
            if (!allowed)
            {
                return call.User is null
                    ? Reply.Error(403, $"The image {id} belongs to a user; an anonymous album can only take anonymous images or images given by deletehash.")
                    : Access.Forbidden($"the image {id}");
            }

            images.Add(image);
        }

        foreach (string deletehash in call.List("deletehashes"))
        {
            ImageRecord? image = store.FindImageByDeletehash(deletehash);
            if (image is null)
            {
                return Reply.Error(404, $"Unable to find an image with the deletehash, {deletehash}");
            }

            images.Add(image);
        }

        images = images.DistinctBy(image => image.Id).ToList();
        return null;
    }

    /// <summary>Applies title, description, privacy, layout and cover when given; checks the values first.</summary>
    static Reply? Apply(ApiCall call, AlbumRecord album)
    {
        if (Privacy(call, album.Privacy.ToString().ToLowerInvariant(), out Privacy privacy) is { } badPrivacy)
        {
            return badPrivacy;
        }

        string layout = call.Field("layout") ?? album.Layout;
        if (!Layouts.Contains(layout))
        {
            return Reply.Error(400, $"'{layout}' is not an album layout; use one of: {string.Join(", ", Layouts)}.");
        }

        string? cover = call.Field("cover");
        if (cover is { Length: > 0 } && !album.ImageIds.Contains(cover))
        {
            return Reply.Error(400, $"The cover {cover} is not an image of the album {album.Id}.");
        }

        album.Title = call.Field("title") ?? album.Title;
        album.Description = call.Field("description") ?? album.Description;
        album.Privacy = privacy;
        album.Layout = layout;
        album.CoverId = cover is { Length: > 0 } ? cover : album.CoverId;
        return null;
    }

    static Reply? Privacy(ApiCall call, string fallback, out Privacy privacy)
    {
        string text = call.Field("privacy") is { Length: > 0 } given ? given : fallback;
        return Enum.TryParse(text, ignoreCase: true, out privacy) && !int.TryParse(text, out _)
            ? null
            : Reply.Error(400, $"'{text}' is not an album privacy; use public, hidden or secret.");
    }
}
