using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Reading, updating, deleting and favoriting one image (spec 2.5 IM-01, IM-04, IM-05, IM-06).</summary>
public static class ImageRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/image/{id}", Metering.Request, Get);
        api.Map(["DELETE"], "/3/image/{id}", Metering.Request, Delete);

        // Documented as POST; older documentation and clients use PUT.
        api.Map(["POST", "PUT"], "/3/image/{id}", Metering.Request, Update);
        api.Map(["POST"], "/3/image/{id}/favorite", Metering.Request, Favorite);
    }

    static Reply Get(ApiCall call) =>
        call.FindImage(call.Route("id"), out ImageRecord image) ?? Reply.Ok(ImgurJson.Image(image, call.View));

    static Reply Delete(ApiCall call)
    {
        if (Changeable(call, out ImageRecord image) is { } denied)
        {
            return denied;
        }

        call.State.Store.RemoveImage(image);
        call.State.Media.Forget(image.Id);
        return Reply.Ok(true);
    }

    static Reply Update(ApiCall call)
    {
        if (Changeable(call, out ImageRecord image) is { } denied)
        {
            return denied;
        }

        call.State.Store.UpdateImage(image, call.Field("title"), call.Field("description"));
        return Reply.Ok(true);
    }

    /// <summary>Toggles, and answers the new state as Imgur's strings (Q26).</summary>
    static Reply Favorite(ApiCall call)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.FindImage(call.Route("id"), out ImageRecord image) is { } missing)
        {
            return missing;
        }

        return Reply.Ok(call.State.Store.ToggleFavorite(user, image) ? "favorited" : "unfavorited");
    }

    static Reply? Changeable(ApiCall call, out ImageRecord image)
    {
        string key = call.Route("id");
        ImgurStore store = call.State.Store;
        return call.ForChange(key, store.FindImageByDeletehash(key), store.FindImage(key), out image);
    }
}
