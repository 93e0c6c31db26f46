using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Tags (spec 2.11 TG-01..TG-07). Following is with the account (AC-28), blocking with the custom gallery (CG-06).</summary>
public static class TagRoutes
{
    /// <summary>The curated galleries of the tag listing; their shape beyond id and name is unknown (spec 3.22).</summary>
    static readonly (int Id, string Name)[] Galleries = [(1, "Most Viral"), (2, "User Submitted"), (3, "Memes")];

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/tags", Metering.Request, List);
        api.Map(["GET"], "/3/gallery/tag_info/{tag}", Metering.Request, Info);
        api.Map(["GET"], "/3/gallery/t/{tag}/{**rest}", Metering.Request, Items);
        api.Map(["GET"], "/3/gallery/{id}/tags", Metering.Request, PostTags);
        api.Map(["POST"], "/3/gallery/{id}/vote/tag/{tag}/{vote}", Metering.Request, Vote);
        api.Map(["POST"], "/3/gallery/tags/{id}", Metering.Request, Replace);
    }

    /// <summary>TG-01; Imgur has served this one as cacheable (spec 1.12).</summary>
    static Reply List(ApiCall call)
    {
        call.Http.Response.Headers.CacheControl = "public, max-age=600";
        return Reply.Ok(new JsonObject
        {
            ["tags"] = JsonList.Of(call.State.Store.Tags.OrderBy(t => t.Id), tag => ImgurJson.ListedTag(tag, call.View)),
            ["featured"] = "cats",
            ["galleries"] = JsonList.Of(Galleries, g => new JsonObject { ["id"] = g.Id, ["name"] = g.Name }),
        });
    }

    static Reply Info(ApiCall call) => Find(call, out Tag tag) ?? Reply.Ok(ImgurJson.Tag(tag, call.View));

    /// <summary>TG-03: the Tag with a page of its posts as <c>items</c>; TG-04: one post carrying the tag.</summary>
    static Reply Items(ApiCall call)
    {
        if (Find(call, out Tag tag) is { } missing)
        {
            return missing;
        }

        return GalleryListing.Serve(call, call.Segments("rest"), ["viral", "top", "time"], "viral", "week", call.State.Store.PostsTagged(tag.Name), (page, _) =>
        {
            JsonObject json = ImgurJson.Tag(tag, call.View);
            json["items"] = ImgurJson.GalleryItems(page, call.View);
            return json;
        });
    }

    static Reply PostTags(ApiCall call) =>
        call.FindPost(call.Route("id"), out GalleryPost post)
        ?? Reply.Ok(new JsonObject { ["tags"] = JsonList.Of(post.TagVotes.Values.OrderBy(v => v.Name, System.StringComparer.Ordinal), ImgurJson.TagVote) });

    /// <summary>TG-06: up or down on a tag the post carries.</summary>
    static Reply Vote(ApiCall call)
    {
        if (call.NeedUserVote(out Account user, out string vote, allowVeto: false) is { } refused)
        {
            return refused;
        }

        if (call.FindPost(call.Route("id"), out GalleryPost post) is { } missing)
        {
            return missing;
        }

        if (!post.TagVotes.TryGetValue(call.Route("tag").ToLowerInvariant(), out TagVote? tagVote))
        {
            return Reply.Error(404, "Tag does not exist");
        }

        call.State.Store.VoteTag(user, post, tagVote, vote);
        return Reply.Ok(true);
    }

    /// <summary>TG-07: the poster replaces the post's tags; new tag names become tags.</summary>
    static Reply Replace(ApiCall call)
    {
        if (call.FindOwnPost(out GalleryPost post) is { } refused)
        {
            return refused;
        }

        if (call.List("tags") is not { Count: > 0 } tags)
        {
            return Access.Missing("tags");
        }

        call.State.Store.ReplaceTags(post, tags, call.User!.Username);
        return Reply.Ok(true);
    }

    static Reply? Find(ApiCall call, out Tag tag)
    {
        tag = call.State.Store.FindTag(call.Route("tag"))!;
        return tag is null ? Reply.Error(404, "Tag does not exist") : null;
    }
}
