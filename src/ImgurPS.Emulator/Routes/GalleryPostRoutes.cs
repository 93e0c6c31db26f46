using System.Collections.Generic;
using System.Linq;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// Acting on one gallery post (spec 2.4): sharing and removing (GA-06..GA-08, with the legacy
/// <c>POST /3/gallery/{id}</c>), reporting (GA-12 and its legacy path), votes (GA-13, GA-14) and
/// the comment thread (GA-15..GA-20).
/// </summary>
public static class GalleryPostRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.Map(["POST"], "/3/gallery/image/{id}", Metering.Request, call => Share(call, kind: "image"));
        api.Map(["POST"], "/3/gallery/album/{id}", Metering.Request, call => Share(call, kind: "album"));
        api.Map(["POST"], "/3/gallery/{id}", Metering.Request, call => Share(call, kind: null));
        api.Map(["DELETE"], "/3/gallery/{id}", Metering.Request, Remove);
        api.Map(["POST"], "/3/gallery/image/{id}/report", Metering.Request, Report);
        api.Map(["POST"], "/3/gallery/{id}/report", Metering.Request, Report);
        api.Map(["GET"], "/3/gallery/{id}/votes", Metering.Request, Votes);
        api.Map(["POST"], "/3/gallery/{id}/vote/{vote}", Metering.Request, Vote);

        api.Map(["GET"], "/3/gallery/{id}/comments/{sort?}", Metering.Request, Comments);
        api.Map(["GET"], "/3/gallery/{id}/comments/ids", Metering.Request, CommentIds);
        api.Map(["GET"], "/3/gallery/{id}/comments/count", Metering.Request, CommentCount);
        api.Map(["GET"], "/3/gallery/{id}/comment/{commentId}", Metering.Request, Comment);
        api.Map(["POST"], "/3/gallery/{id}/comment", Metering.Request, call => CommentRoutes.Post(call, call.Route("id"), null));
        api.Map(["POST"], "/3/gallery/{id}/comment/{parentId}", Metering.Request, call => CommentRoutes.Post(call, call.Route("id"), call.Route("parentId")));
    }

    /// <summary>
    /// GA-06/GA-07: the owner shares an image or album; <c>title</c> is required, and <c>terms=1</c>
    /// the first time (the account remembers it). Sharing again updates the post.
    /// </summary>
    static Reply Share(ApiCall call, string? kind)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        string id = call.Route("id");
        ImgurStore store = call.State.Store;
        ImgurItem? item = kind switch
        {
            "image" => store.FindImage(id),
            "album" => store.FindAlbum(id),
            _ => store.FindItem(id),
        };
        if (item is null)
        {
            return kind == "album" ? Access.AlbumNotFound(id) : Access.ImageNotFound(id);
        }

        if (!item.IsOwnedBy(user))
        {
            return Access.Forbidden($"{id}");
        }

        if (call.Field("title") is not { Length: > 0 } title)
        {
            return Access.Missing("title");
        }

        bool terms = call.Field("terms") is "1" or "true";
        if (!user.AcceptedGalleryTerms && !terms)
        {
            return Reply.Error(400, "You must accept the gallery terms to share to the gallery: send terms=1.");
        }

        Topic? topic = null;
        if (call.Field("topic") is { Length: > 0 } topicKey)
        {
            topic = store.FindTopic(topicKey);
            if (topic is null || topic.ReadOnly)
            {
                return Reply.Error(400, $"'{topicKey}' is not a topic you can post to; see /3/topics/defaults.");
            }
        }

        bool? mature = call.Field("mature") switch { "1" or "true" => true, "0" or "false" => false, _ => null };
        user.AcceptedGalleryTerms |= terms;
        store.Publish(item, title, topic, mature, call.List("tags"));
        return Reply.Ok(true);
    }

    /// <summary>GA-08: out of the gallery, still on the account.</summary>
    static Reply Remove(ApiCall call)
    {
        if (call.FindOwnPost(out GalleryPost post) is { } refused)
        {
            return refused;
        }

        call.State.Store.RemoveFromGallery(post.Item);
        return Reply.Ok(true);
    }

    static Reply Report(ApiCall call)
    {
        if (call.NeedUser(out _) is { } denied)
        {
            return denied;
        }

        return call.FindPost(call.Route("id"), out _) ?? call.ReportReason() ?? Reply.Ok(true);
    }

    static Reply Votes(ApiCall call) => call.FindPost(call.Route("id"), out GalleryPost post) ?? Reply.Ok(ImgurJson.Votes(post));

    static Reply Vote(ApiCall call)
    {
        if (call.NeedUserVote(out Account user, out string vote) is { } refused)
        {
            return refused;
        }

        if (call.FindPost(call.Route("id"), out GalleryPost post) is { } missing)
        {
            return missing;
        }

        call.State.Store.Vote(user, post, vote);
        return Reply.Ok(true);
    }

    /// <summary>GA-15: the top-level comments, replies nested in <c>children</c>; not paged.</summary>
    static Reply Comments(ApiCall call)
    {
        if (Thread(call, out _, out var order, out IEnumerable<CommentRecord> all) is { } bad)
        {
            return bad;
        }

        return Reply.Ok(JsonList.Of(order(all.Where(c => c.ParentId == 0)), c => ImgurJson.Comment(c, call.View, children: true, order)));
    }

    static Reply CommentIds(ApiCall call) =>
        Thread(call, out _, out var order, out IEnumerable<CommentRecord> all) ?? Reply.Ok(JsonList.Of(order(all.Where(c => !c.Deleted)).Select(c => c.Id)));

    static Reply CommentCount(ApiCall call) =>
        call.FindPost(call.Route("id"), out GalleryPost post) ?? Reply.Ok(call.State.Store.CommentCount(post.Item.Id));

    static Reply Comment(ApiCall call)
    {
        if (call.FindPost(call.Route("id"), out GalleryPost post) is { } missing)
        {
            return missing;
        }

        if (call.FindComment(call.Route("commentId"), out CommentRecord comment) is { } unknown)
        {
            return unknown;
        }

        return comment.PostId == post.Item.Id
            ? Reply.Ok(ImgurJson.Comment(comment, call.View, children: true))
            : Reply.Error(404, "Comment not found");
    }

    static Reply? Thread(ApiCall call, out GalleryPost post, out System.Func<IEnumerable<CommentRecord>, IEnumerable<CommentRecord>> order, out IEnumerable<CommentRecord> all)
    {
        all = [];
        string sort = call.Route("sort");
        if (CommentOrder.Parse(sort.Length == 0 ? null : sort, CommentOrder.GallerySorts, out order) is { } bad)
        {
            post = null!;
            return bad;
        }

        if (call.FindPost(call.Route("id"), out post) is { } missing)
        {
            return missing;
        }

        all = call.State.Store.CommentsOn(post.Item.Id).ToList();
        return null;
    }
}
