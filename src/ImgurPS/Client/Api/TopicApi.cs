using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The gallery topics (spec 2.10).</summary>
internal static class TopicApi
{
    public static async Task<List<ImgurTopic>> GetDefaultTopicsAsync(this ImgurApiClient client, ImgurCall call)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "topics", "defaults"), ImgurJson.ReadList<ImgurTopic>).ConfigureAwait(false);
        var topics = result.StampEach();
        topics.Select(topic => topic.TopPost).StampEach(result.RateLimit);
        return topics;
    }

    public static Task<List<IImgurGalleryItem>> GetTopicPageAsync(this ImgurApiClient client, ImgurCall call, string topic, string sort, string window, int page) =>
        client.GetItemsAsync(call, ImgurRequest.Api(HttpMethod.Get, "topics", Segment(topic), sort, window, GalleryApi.Page(page)));

    public static Task<IImgurGalleryItem> GetTopicItemAsync(this ImgurApiClient client, ImgurCall call, string topic, string itemId) =>
        client.GetItemAsync(call, ImgurRequest.Api(HttpMethod.Get, "topics", Segment(topic), itemId));

    /// <summary>A topic goes in the path by id or by name, with spaces as underscores (spec 2.10).</summary>
    internal static string Segment(string topic) => topic.Trim().Replace(' ', '_');
}
