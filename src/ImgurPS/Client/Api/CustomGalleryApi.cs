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
        GalleryApi.StampItems(gallery.Items, result.RateLimit);
        return gallery;
    }

    public static Task<IImgurGalleryItem> GetCustomGalleryItemAsync(this ImgurApiClient client, ImgurCall call, string itemId) =>
        client.GetItemAsync(call, ImgurRequest.Api(HttpMethod.Get, "g", "custom", itemId));

    public static Task<bool> AddCustomGalleryTagsAsync(this ImgurApiClient client, ImgurCall call, IEnumerable<string> tags) =>
        client.SendTrueAsync(call, ImgurRequest.Api(HttpMethod.Put, "g", "custom", "add_tags")
            .WithForm(new[] { new KeyValuePair<string, string?>("tags", ImgurRequest.Join(tags)) }));

    /// <summary>The tags go in the query: the route is a DELETE (spec 2.9, CG-04).</summary>
    public static Task<bool> RemoveCustomGalleryTagsAsync(this ImgurApiClient client, ImgurCall call, IEnumerable<string> tags) =>
        client.SendTrueAsync(call, ImgurRequest.Api(HttpMethod.Delete, "g", "custom", "remove_tags").WithQuery("tags", ImgurRequest.Join(tags)));

    /// <summary>Blocks a tag (its items leave the user's galleries), or unblocks it with <paramref name="block"/> false.</summary>
    public static Task<bool> BlockTagAsync(this ImgurApiClient client, ImgurCall call, string tag, bool block) =>
        client.SendTrueAsync(call, ImgurRequest.Api(HttpMethod.Post, "g", block ? "block_tag" : "unblock_tag")
            .WithForm(new[] { new KeyValuePair<string, string?>("tag", tag) }));
}
