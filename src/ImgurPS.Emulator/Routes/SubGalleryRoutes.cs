using System;
using System.Linq;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// The smaller galleries (spec 2.4): subreddits (GA-02, GA-03), the deprecated random gallery (GA-05),
/// memes (GA-21, GA-22) and the meme generator's stock images (2.8 MG-01).
/// </summary>
public static class SubGalleryRoutes
{
    /// <summary>Random is deprecated (spec 1.11): it announces a retirement date.</summary>
    const string RandomSunset = "Fri, 01 Jan 2027 00:00:00 GMT";

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/gallery/r/{subreddit}/{**rest}", Metering.Request, Subreddit);
        api.Map(["GET"], "/3/gallery/random/random/{page?}", Metering.Request, Random);
        api.Map(["GET"], "/3/g/memes/{**rest}", Metering.Request, Memes);
        api.Map(["GET"], "/3/gallery/g/memes/{**rest}", Metering.Request, Memes);
        api.Map(["GET"], "/3/memegen/defaults", Metering.Request, call => Reply.Ok(ImgurJson.Images(call.State.Store.MemeDefaults, call.View)));
    }

    static Reply Subreddit(ApiCall call)
    {
        string subreddit = call.Route("subreddit");
        var posts = call.State.Store.Gallery.Where(p => string.Equals(p.Subreddit, subreddit, StringComparison.OrdinalIgnoreCase));
        return GalleryListing.Serve(call, call.Segments("rest"), ["time", "top"], "time", "week", posts);
    }

    static Reply Memes(ApiCall call) =>
        GalleryListing.Serve(call, call.Segments("rest"), ["viral", "time", "top"], "viral", "week", call.State.Store.Gallery.Where(p => p.Meme is not null));

    /// <summary>GA-05: the main gallery in a fixed shuffled order, so "random" pages repeat run to run.</summary>
    static Reply Random(ApiCall call)
    {
        call.Http.Response.Headers["Sunset"] = RandomSunset;
        string page = call.Route("page");
        if (call.GalleryPage(page.Length == 0 ? null : page, out PageRequest request) is { } bad)
        {
            return bad;
        }

        var shuffled = call.State.Store.Gallery.Where(p => p.IsMain && p.Item.Nsfw != true)
            .OrderBy(p => StableHash(p.Item.Id)).ThenBy(p => p.Item.Id, StringComparer.Ordinal);
        return Reply.Ok(ImgurJson.GalleryItems(request.Of(shuffled), call.View));
    }

    /// <summary>string.GetHashCode changes per process; this does not.</summary>
    static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
