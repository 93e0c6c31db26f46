using System.Linq;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Topics (spec 2.10 TP-01..TP-03), addressed by id or by name with underscores for spaces.</summary>
public static class TopicRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/topics/defaults", Metering.Request, call => Reply.Ok(JsonList.Of(call.State.Store.Topics, topic => ImgurJson.Topic(topic, call.View))));
        api.Map(["GET"], "/3/topics/{topic}/{**rest}", Metering.Request, Items);
    }

    static Reply Items(ApiCall call)
    {
        string key = call.Route("topic");
        if (call.State.Store.FindTopic(key) is not { } topic)
        {
            return Reply.Error(404, $"Unable to find a topic with the id, {key}");
        }

        var posts = call.State.Store.Gallery.Where(post => post.IsMain && post.Topic?.Id == topic.Id);
        return GalleryListing.Serve(call, call.Segments("rest"), ["viral", "top", "time", "rising"], "viral", "week", posts);
    }
}
