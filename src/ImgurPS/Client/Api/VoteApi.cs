using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;

namespace ImgurPS.Client.Api;

/// <summary>Votes on gallery items (GA-14), comments (CM-06) and the tags of gallery items (TG-06).</summary>
internal static class VoteApi
{
    public static Task VoteOnGalleryItemAsync(this ImgurApiClient client, ImgurCall call, string galleryId, string vote) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "gallery", galleryId, "vote", vote), "record the vote on the gallery item");

    public static Task VoteOnCommentAsync(this ImgurApiClient client, ImgurCall call, long commentId, string vote) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "comment", commentId.ToString(CultureInfo.InvariantCulture), "vote", vote), "record the vote on the comment");

    public static Task VoteOnTagAsync(this ImgurApiClient client, ImgurCall call, string galleryId, string tagName, string vote) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "gallery", galleryId, "vote", "tag", tagName, vote), "record the vote on the tag");
}
