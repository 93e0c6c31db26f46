using System;
using System.Linq;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// <c>GET /3/feed</c> (spec 2.12 MS-02): undocumented, used by the mobile apps, shape unknown. The
/// emulator answers an array of gallery items: main-gallery posts with a tag the user follows,
/// newest first, a fixed-size page chosen by <c>?page=</c>.
/// </summary>
public static class FeedRoutes
{
    public static void Map(ApiPipeline api) => api.Map(["GET"], "/3/feed", Metering.Request, Feed);

    static Reply Feed(ApiCall call)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.GalleryPage(call.Field("page"), out PageRequest page) is { } bad)
        {
            return bad;
        }

        var posts = call.State.Store.Gallery
            .Where(post => post.IsMain && post.Tags.Any(tag => user.FollowedTags.Contains(tag.Name)))
            .OrderByDescending(post => post.Item.Datetime).ThenBy(post => post.Item.Id, StringComparer.Ordinal);
        return Reply.Ok(ImgurJson.GalleryItems(page.Of(posts), call.View));
    }
}
