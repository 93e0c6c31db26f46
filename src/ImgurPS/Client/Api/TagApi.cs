using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The tags section (spec 2.11).</summary>
internal static class TagApi
{
    public static async Task<ImgurTagList> GetTagListAsync(this ImgurApiClient client, ImgurCall call)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "tags"), ImgurJson.Read<ImgurTagList>).ConfigureAwait(false);
        var list = result.Stamp() ?? throw ImgurJson.Unexpected("tag list");
        list.Tags.StampEach(result.RateLimit);
        return list;
    }

    public static async Task<ImgurTag> GetTagInfoAsync(this ImgurApiClient client, ImgurCall call, string tagName)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", "tag_info", tagName), ImgurJson.Read<ImgurTag>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("tag");
    }

    /// <summary>A page of a tag's gallery: the tag, with the page's items in Items (TG-03).</summary>
    public static async Task<ImgurTag> GetTagGalleryPageAsync(this ImgurApiClient client, ImgurCall call, string tagName, string sort, string window, int page)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "gallery", "t", tagName, sort, window, GalleryApi.Page(page));
        var result = await client.SendAsync(call, request, ImgurJson.Read<ImgurTag>).ConfigureAwait(false);
        var tag = result.Stamp() ?? throw ImgurJson.Unexpected("tag gallery");
        tag.Items.StampEach(result.RateLimit);
        return tag;
    }

    public static Task<IImgurGalleryItem> GetTagGalleryItemAsync(this ImgurApiClient client, ImgurCall call, string tagName, string galleryId) =>
        client.GetItemAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", "t", tagName, galleryId));

    /// <summary>The tags of a gallery item with their votes; the answer wraps them as { "tags": [...] } (TG-05).</summary>
    public static async Task<List<ImgurTagVote>> GetGalleryTagVotesAsync(this ImgurApiClient client, ImgurCall call, string galleryId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", galleryId, "tags"), ReadTagVotes).ConfigureAwait(false);
        var votes = result.StampEach();
        foreach (var vote in votes) vote.GalleryId = galleryId;
        return votes;
    }

    /// <summary>One tag of a gallery item with its votes, read from the item's tags (TG-05).</summary>
    public static async Task<ImgurTagVote> GetGalleryTagVoteAsync(this ImgurApiClient client, ImgurCall call, string galleryId, string tagName)
    {
        var votes = await client.GetGalleryTagVotesAsync(call, galleryId).ConfigureAwait(false);
        return votes.Find(vote => string.Equals(vote.Name, tagName, StringComparison.OrdinalIgnoreCase)) 
            ?? throw new InvalidDataException($"Imgur does not list the tag '{tagName}' among the tags of gallery item {galleryId}.");
    }

    /// <summary>Replaces the tags of a gallery item (TG-07).</summary>
    public static Task SetGalleryTagsAsync(this ImgurApiClient client, ImgurCall call, string galleryId, IEnumerable<string> tags) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "gallery", "tags", galleryId)
            .WithForm(new[] { new KeyValuePair<string, string?>("tags", ImgurRequest.Join(tags)) }), "set the gallery item's tags");

    private static List<ImgurTagVote> ReadTagVotes(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("tags", out var tags)
            ? ImgurJson.ReadList<ImgurTagVote>(tags)
            : ImgurJson.ReadList<ImgurTagVote>(data);
}
