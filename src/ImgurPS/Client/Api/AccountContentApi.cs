using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>
/// Which of an account's content a listing is about: its albums (AC-12..16) or its images (AC-22..26). The two
/// route families have the same shape, so one set of requests serves both.
/// </summary>
internal sealed class AccountContent
{
    public static readonly AccountContent Albums = new("albums", "album", beyondListingNeedsUser: false);

    // AC-23..25 (an image, the ids, the count) need a signed-in user; the listing AC-22 is read with a client id too.
    public static readonly AccountContent Images = new("images", "image", beyondListingNeedsUser: true);

    private AccountContent(string plural, string singular, bool beyondListingNeedsUser)
    {
        Plural = plural;
        Singular = singular;
        BeyondListingNeedsUser = beyondListingNeedsUser;
    }

    /// <summary>Whether the single item, id list and count routes need a signed-in user whatever the account.</summary>
    public bool BeyondListingNeedsUser { get; }

    /// <summary>The listing segment: albums or images.</summary>
    public string Plural { get; }

    /// <summary>The single-item segment: album or image.</summary>
    public string Singular { get; }
}

/// <summary>An account's albums and images (spec 2.1): listings, id lists, counts, single items and deletes.</summary>
internal static class AccountContentApi
{
    /// <summary>One page of the account's albums or images; <paramref name="perPage"/> null leaves Imgur's default (50).</summary>
    public static async Task<List<T>> GetAccountContentPageAsync<T>(this ImgurApiClient client, ImgurCall call, AccountContent content, string username, int page, int? perPage)
        where T : ImgurObject
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, content.Plural, Page(page))
            .WithQuery("perPage", perPage?.ToString(CultureInfo.InvariantCulture));
        var result = await client.SendAsync(call, request, ImgurJson.ReadList<T>).ConfigureAwait(false);
        return result.StampEach();
    }

    public static async Task<T> GetAccountContentItemAsync<T>(this ImgurApiClient client, ImgurCall call, AccountContent content, string username, string id)
        where T : ImgurObject
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, content.Singular, id);
        var result = await client.SendAsync(call, request, ImgurJson.Read<T>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected(content.Singular);
    }

    public static async Task<List<string>> GetAccountContentIdsPageAsync(this ImgurApiClient client, ImgurCall call, AccountContent content, string username, int page)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, content.Plural, "ids", Page(page));
        return (await client.SendAsync(call, request, ImgurJson.ReadIds).ConfigureAwait(false)).Data;
    }

    public static async Task<long> GetAccountContentCountAsync(this ImgurApiClient client, ImgurCall call, AccountContent content, string username)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, content.Plural, "count");
        return (await client.SendAsync(call, request, ImgurJson.ReadInt64).ConfigureAwait(false)).Data;
    }

    /// <summary>
    /// Deletes through the account route: an album by its id (AC-16), an image by its deletehash (AC-26, the
    /// route takes the deletehash, not the id).
    /// </summary>
    public static Task DeleteAccountContentAsync(this ImgurApiClient client, ImgurCall call, AccountContent content, string username, string address) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "account", username, content.Singular, address), $"delete the {content.Singular}");

    private static string Page(int page) => page.ToString(CultureInfo.InvariantCulture);
}
