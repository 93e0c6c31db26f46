using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Gallery search (spec 2.4 GA-04, and its legacy form without window): every gallery, memes and subreddits included.</summary>
public static class SearchRoutes
{
    public static void Map(ApiPipeline api) => api.Map(["GET"], "/3/gallery/search/{**rest}", Metering.Request, Search);

    static Reply Search(ApiCall call)
    {
        if (SearchQuery.Create(call.Field, out string? error) is not { } query)
        {
            return Reply.Error(400, error!);
        }

        ImgurStore store = call.State.Store;
        return GalleryListing.Serve(call, call.Segments("rest"), ["time", "viral", "top"], "time", "all", query.Apply(store.Gallery, store), allowItem: false);
    }
}
