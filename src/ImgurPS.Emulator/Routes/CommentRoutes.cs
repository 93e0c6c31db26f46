using System.Globalization;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Comments by id (spec 2.2 CM-01..CM-07), and the one way every route posts a comment.</summary>
public static class CommentRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/comment/{id}", Metering.Request, Get);
        api.Map(["GET"], "/3/comment/{id}/replies", Metering.Request, Get);
        api.Map(["POST"], "/3/comment", Metering.Request, call => Post(call, call.Field("image_id"), call.Field("parent_id")));
        api.Map(["POST"], "/3/comment/{id}", Metering.Request, call => Post(call, call.Field("image_id"), call.Route("id")));
        api.Map(["DELETE"], "/3/comment/{id}", Metering.Request, Delete);
        api.Map(["POST"], "/3/comment/{id}/vote/{vote}", Metering.Request, Vote);
        api.Map(["POST"], "/3/comment/{id}/report", Metering.Request, Report);
    }

    /// <summary>CM-01 and CM-04: the comment with its replies nested in <c>children</c>.</summary>
    static Reply Get(ApiCall call) =>
        call.FindComment(call.Route("id"), out CommentRecord comment) ?? Reply.Ok(ImgurJson.Comment(comment, call.View, children: true));

    /// <summary>
    /// Posts <c>comment</c> on the gallery post <paramref name="postId"/>, as a reply when
    /// <paramref name="parentId"/> is given (CM-02, CM-05, GA-17, GA-18); answers <c>{id}</c>.
    /// </summary>
    public static Reply Post(ApiCall call, string? postId, string? parentId)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (string.IsNullOrEmpty(postId))
        {
            return Access.Missing("image_id");
        }

        if (call.Field("comment") is not { Length: > 0 } text)
        {
            return Access.Missing("comment");
        }

        if (call.FindPost(postId, out GalleryPost post) is { } missing)
        {
            return missing;
        }

        CommentRecord? parent = null;
        if (parentId is { Length: > 0 } and not "0")
        {
            if (call.FindComment(parentId, out parent) is { } noParent)
            {
                return noParent;
            }

            if (parent.PostId != post.Item.Id || parent.Deleted)
            {
                return Reply.Error(400, $"The comment {parentId} is not a live comment on {postId}; reply on the post it belongs to.");
            }
        }

        CommentRecord comment = call.State.Store.AddComment(user, post, text, parent);
        return Reply.Ok(new JsonObject { ["id"] = comment.Id });
    }

    /// <summary>CM-03: only the author; the comment keeps its place in the thread, marked deleted.</summary>
    static Reply Delete(ApiCall call)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.FindComment(call.Route("id"), out CommentRecord comment) is { } missing)
        {
            return missing;
        }

        if (comment.Author.Id != user.Id)
        {
            return Access.Forbidden($"the comment {comment.Id.ToString(CultureInfo.InvariantCulture)}");
        }

        comment.Deleted = true;
        return Reply.Ok(true);
    }

    static Reply Vote(ApiCall call)
    {
        if (call.NeedUserVote(out Account user, out string vote) is { } refused)
        {
            return refused;
        }

        if (call.FindComment(call.Route("id"), out CommentRecord comment) is { } missing)
        {
            return missing;
        }

        call.State.Store.VoteComment(user, comment, vote);
        return Reply.Ok(true);
    }

    static Reply Report(ApiCall call)
    {
        if (call.NeedUser(out _) is { } denied)
        {
            return denied;
        }

        return call.FindComment(call.Route("id"), out _) ?? call.ReportReason() ?? Reply.Ok(true);
    }
}
