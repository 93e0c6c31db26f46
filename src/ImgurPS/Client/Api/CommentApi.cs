using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The comment section of the API (spec 2.2) and the gallery's comment routes (GA-15 to GA-20), plus reports.</summary>
internal static class CommentApi
{
    public static async Task<ImgurComment> GetCommentAsync(this ImgurApiClient client, ImgurCall call, long commentId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "comment", commentId.Text()), ImgurJson.Read<ImgurComment>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("comment");
    }

    /// <summary>
    /// CM-04 answers the parent with its children; the replies are those children. A client that got the
    /// replies as a list instead (spec 3.9, Q14) still gets them.
    /// </summary>
    public static async Task<List<ImgurComment>> GetCommentRepliesAsync(this ImgurApiClient client, ImgurCall call, long commentId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "comment", commentId.Text(), "replies"), ImgurJson.ReadList<ImgurComment>).ConfigureAwait(false);
        var comments = result.StampEach();
        if (comments.Count == 1 && comments[0].Id == commentId)
        {
            var replies = comments[0].Children?.ToList() ?? new List<ImgurComment>();
            replies.StampEach(result.RateLimit);
            return replies;
        }
        return comments;
    }

    /// <summary>CM-02 (no parent) or CM-05 (a reply, posted to /3/comment/{parentId}).</summary>
    public static Task<ImgurNewComment> CreateCommentAsync(this ImgurApiClient client, ImgurCall call, string imageId, string text, long? parentId)
    {
        var request = parentId is { } parent
            ? ImgurRequest.Api(HttpMethod.Post, "comment", parent.Text())
            : ImgurRequest.Api(HttpMethod.Post, "comment");
        return SendNewCommentAsync(client, call, request.WithForm(new Dictionary<string, string?> { ["image_id"] = imageId, ["comment"] = text }));
    }

    /// <summary>GA-17 (no parent) or GA-18 (a reply) on a gallery item.</summary>
    public static Task<ImgurNewComment> CreateGalleryCommentAsync(this ImgurApiClient client, ImgurCall call, string galleryId, string text, long? parentId)
    {
        var request = parentId is { } parent
            ? ImgurRequest.Api(HttpMethod.Post, "gallery", galleryId, "comment", parent.Text())
            : ImgurRequest.Api(HttpMethod.Post, "gallery", galleryId, "comment");
        return SendNewCommentAsync(client, call, request.WithForm(new Dictionary<string, string?> { ["comment"] = text }));
    }

    private static async Task<ImgurNewComment> SendNewCommentAsync(ImgurApiClient client, ImgurCall call, ImgurRequest request)
    {
        var result = await client.SendAsync(call, request, ImgurJson.Read<ImgurNewComment>).ConfigureAwait(false);
        return result.Stamp() is { Id: > 0 } created ? created : throw ImgurJson.Unexpected("new comment's id");
    }

    public static Task DeleteCommentAsync(this ImgurApiClient client, ImgurCall call, long commentId) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "comment", commentId.Text()), "delete the comment");

    public static async Task<List<ImgurComment>> GetGalleryCommentsAsync(this ImgurApiClient client, ImgurCall call, string galleryId, string sort)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", galleryId, "comments", sort), ImgurJson.ReadList<ImgurComment>).ConfigureAwait(false);
        return result.StampEach();
    }

    public static async Task<ImgurComment> GetGalleryCommentAsync(this ImgurApiClient client, ImgurCall call, string galleryId, long commentId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", galleryId, "comment", commentId.Text()), ImgurJson.Read<ImgurComment>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("comment");
    }

    public static async Task<List<string>> GetGalleryCommentIdsAsync(this ImgurApiClient client, ImgurCall call, string galleryId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", galleryId, "comments", "ids"), ImgurJson.ReadIds).ConfigureAwait(false);
        return result.Data;
    }

    public static async Task<long> GetGalleryCommentCountAsync(this ImgurApiClient client, ImgurCall call, string galleryId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", galleryId, "comments", "count"), ImgurJson.ReadInt64).ConfigureAwait(false);
        return result.Data;
    }

    /// <summary>CM-07: the reason is optional for comments.</summary>
    public static Task ReportCommentAsync(this ImgurApiClient client, ImgurCall call, long commentId, ImgurReportReason? reason) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "comment", commentId.Text(), "report").WithForm(ReasonField(reason)), "report the comment");

    /// <summary>GA-12, on the documented /gallery/image/ path whatever the item's kind.</summary>
    public static Task ReportGalleryItemAsync(this ImgurApiClient client, ImgurCall call, string galleryId, ImgurReportReason? reason) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "gallery", "image", galleryId, "report").WithForm(ReasonField(reason)), "report the gallery item");

    private static Dictionary<string, string?> ReasonField(ImgurReportReason? reason) =>
        new() { ["reason"] = reason is { } code ? ((int)code).Text() : null };
}
