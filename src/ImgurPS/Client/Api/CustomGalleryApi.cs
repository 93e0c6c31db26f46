using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The custom and filtered galleries of the signed-in user (spec 2.9).</summary>
internal static class CustomGalleryApi
{
    /// <summary>A page of the custom gallery, or with <paramref name="filtered"/> of the items the blocked tags hide.</summary>
    public static async Task<ImgurCustomGallery> GetCustomGalleryPageAsync(this ImgurApiClient client, ImgurCall call, bool filtered, string sort, string window, int page)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "g", filtered ? "filtered" : "custom", sort, window, GalleryApi.Page(page));
        var result = await client.SendAsync(call, request, ImgurJson.Read<ImgurCustomGallery>).ConfigureAwait(false);
        var gallery = result.Stamp() ?? throw ImgurJson.Unexpected(filtered ? "filtered gallery" : "custom gallery");
        gallery.Items.StampEach(result.RateLimit);
        return gallery;
    }

    /// <summary>The custom (or filtered) gallery as Imgur shows it by default: its tags and its first page, viral this week.</summary>
    public static Task<ImgurCustomGallery> GetCustomGalleryAsync(this ImgurApiClient client, ImgurCall call, bool filtered) =>
        client.GetCustomGalleryPageAsync(call, filtered, "viral", "week", 0);

    public static Task<IImgurGalleryItem> GetCustomGalleryItemAsync(this ImgurApiClient client, ImgurCall call, string itemId) =>
        client.GetItemAsync(call, ImgurRequest.Api(HttpMethod.Get, "g", "custom", itemId));

    public static Task AddCustomGalleryTagsAsync(this ImgurApiClient client, ImgurCall call, IEnumerable<string> tags) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Put, "g", "custom", "add_tags")
            .WithForm(new[] { new KeyValuePair<string, string?>("tags", ImgurRequest.Join(tags)) }), "add the tags to the custom gallery");

    /// <summary>The tags go in the query: the route is a DELETE (spec 2.9, CG-04).</summary>
    public static Task RemoveCustomGalleryTagsAsync(this ImgurApiClient client, ImgurCall call, IEnumerable<string> tags) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "g", "custom", "remove_tags").WithQuery("tags", ImgurRequest.Join(tags)), "remove the tags from the custom gallery");

    /// <summary>Blocks a tag: its items leave the user's galleries (CG-06).</summary>
    public static Task BlockTagAsync(this ImgurApiClient client, ImgurCall call, string tag) =>
        client.AcknowledgeAsync(call, TagForm("block_tag", tag), "block the tag");

    /// <summary>Unblocks a tag: its items come back to the user's galleries (CG-07).</summary>
    public static Task UnblockTagAsync(this ImgurApiClient client, ImgurCall call, string tag) =>
        client.AcknowledgeAsync(call, TagForm("unblock_tag", tag), "unblock the tag");

    private static ImgurRequest TagForm(string route, string tag) =>
        ImgurRequest.Api(HttpMethod.Post, "g", route).WithForm(new[] { new KeyValuePair<string, string?>("tag", tag) });
}
