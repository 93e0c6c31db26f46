using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Reading, updating and deleting one image (spec 2.5 IM-01, IM-04, IM-05).</summary>
public static class ImageRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/image/{id}", Metering.Request, Get);
        api.Map(["DELETE"], "/3/image/{id}", Metering.Request, Delete);

        // Documented as POST; older documentation and clients use PUT.
        api.MapAsync(["POST", "PUT"], "/3/image/{id}", Metering.Request, UpdateAsync);
    }

    static Reply Get(ApiCall call)
    {
        string id = call.Route("id");
        return call.State.Store.FindImage(id) is { } image ? Reply.Ok(ImgurJson.Image(image, call.View)) : NotFound(id);
    }

    static Reply Delete(ApiCall call) => Change(call, call.State.Store.RemoveImage);

    static async Task<Reply> UpdateAsync(ApiCall call)
    {
        Dictionary<string, string> fields = await RequestFields.ReadAsync(call.Http.Request, call.Aborted);
        return Change(call, image => call.State.Store.UpdateImage(image, fields.GetValueOrDefault("title"), fields.GetValueOrDefault("description")));
    }

    /// <summary>
    /// Anyone holding the deletehash may change an image; its id works only for the owner, which also
    /// means an anonymous image can never be changed by id (Q31).
    /// </summary>
    static Reply Change(ApiCall call, Action<ImageRecord> change)
    {
        string key = call.Route("id");
        ImgurStore store = call.State.Store;
        ImageRecord? image = store.FindImageByDeletehash(key);
        if (image is null)
        {
            image = store.FindImage(key);
            if (image is null)
            {
                return NotFound(key);
            }

            if (!image.IsOwnedBy(call.User))
            {
                return Reply.Error(403, "Unauthorized");
            }
        }

        change(image);
        return Reply.Ok(true);
    }

    static Reply NotFound(string id) => Reply.Error(404, $"Unable to find an image with the id, {id}");
}
