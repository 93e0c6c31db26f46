using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>A view of the main gallery (GA-01): section, sort and window, plus the listing switches.</summary>
internal sealed class GalleryListing
{
    public string Section { get; set; } = "hot";

    public string Sort { get; set; } = "viral";

    public string Window { get; set; } = "day";

    public bool? ShowViral { get; set; }

    public bool? Mature { get; set; }

    public bool? AlbumPreviews { get; set; }
}

/// <summary>A gallery search (GA-04): the query, or the advanced fields, which make Imgur ignore the query.</summary>
internal sealed class GallerySearch
{
    public string? Query { get; set; }

    public string? AllWords { get; set; }

    public string? AnyWords { get; set; }

    public string? ExactPhrase { get; set; }

    public string? ExcludeWords { get; set; }

    public string? FileType { get; set; }

    public string? ImageSize { get; set; }

    public string Sort { get; set; } = "time";

    public string Window { get; set; } = "all";

    public bool IsAdvanced => new[] { AllWords, AnyWords, ExactPhrase, ExcludeWords, FileType, ImageSize }.Any(value => !string.IsNullOrEmpty(value));
}

/// <summary>What to say when posting an item to the gallery (GA-06/GA-07).</summary>
internal sealed class GalleryPost
{
    public string Title { get; set; } = string.Empty;

    public string? Topic { get; set; }

    public bool AcceptTerms { get; set; }

    public bool? Mature { get; set; }

    public IEnumerable<string>? Tags { get; set; }

    public IEnumerable<KeyValuePair<string, string?>> Fields()
    {
        yield return new("title", Title);
        yield return new("topic", Topic);
        if (AcceptTerms) yield return new("terms", "1");
        if (Mature is { } mature) yield return new("mature", mature ? "1" : "0");
        yield return new("tags", ImgurRequest.Join(Tags));
    }
}

/// <summary>The gallery section of the API (spec 2.4).</summary>
internal static class GalleryApi
{
    public static Task<List<IImgurGalleryItem>> GetGalleryPageAsync(this ImgurApiClient client, ImgurCall call, GalleryListing listing, int page)
    {
        // Always the full path: clients that omit segments get the server's defaults (spec Q20).
        var request = ImgurRequest.Api(HttpMethod.Get, "gallery", listing.Section, listing.Sort, listing.Window, Page(page))
            .WithQuery("showViral", listing.ShowViral)
            .WithQuery("mature", listing.Mature)
            .WithQuery("album_previews", listing.AlbumPreviews);
        return client.GetItemsAsync(call, request);
    }

    /// <summary>The random gallery (GA-05), deprecated by Imgur.</summary>
    public static Task<List<IImgurGalleryItem>> GetRandomGalleryPageAsync(this ImgurApiClient client, ImgurCall call, int page) =>
        client.GetItemsAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", "random", "random", Page(page)));

    public static Task<List<IImgurGalleryItem>> GetSubredditPageAsync(this ImgurApiClient client, ImgurCall call, string subreddit, string sort, string window, int page) =>
        client.GetItemsAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", "r", subreddit, sort, window, Page(page)));

    public static Task<IImgurGalleryItem> GetSubredditImageAsync(this ImgurApiClient client, ImgurCall call, string subreddit, string imageId) =>
        client.GetItemAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", "r", subreddit, imageId));

    public static Task<List<IImgurGalleryItem>> SearchGalleryPageAsync(this ImgurApiClient client, ImgurCall call, GallerySearch search, int page)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "gallery", "search", search.Sort, search.Window, Page(page));
        if (search.IsAdvanced)
        {
            request.WithQuery("q_all", search.AllWords)
                .WithQuery("q_any", search.AnyWords)
                .WithQuery("q_exactly", search.ExactPhrase)
                .WithQuery("q_not", search.ExcludeWords)
                .WithQuery("q_type", search.FileType)
                .WithQuery("q_size_px", search.ImageSize);
        }
        else
        {
            request.WithQuery("q", search.Query);
        }
        return client.GetItemsAsync(call, request);
    }

    /// <summary>Posts an image or an album (<paramref name="kind"/> image or album) to the gallery.</summary>
    public static Task PublishAsync(this ImgurApiClient client, ImgurCall call, string kind, string id, GalleryPost post) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "gallery", kind, id).WithForm(post.Fields()), $"publish the {kind} to the gallery");

    public static Task UnpublishAsync(this ImgurApiClient client, ImgurCall call, string galleryId) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "gallery", galleryId), "take the item out of the gallery");

    /// <summary>
    /// The image or album behind a gallery id once it has left the gallery, where it can no longer be read as a post.
    /// A gallery id names an image or an album and Imgur has no route for either, so the image route is asked first and
    /// the album route after its 404.
    /// </summary>
    public static async Task<object> GetUnpublishedAsync(this ImgurApiClient client, ImgurCall call, string galleryId)
    {
        try
        {
            return await client.GetImageAsync(call, galleryId).ConfigureAwait(false);
        }
        catch (ImgurApiException error) when (error.StatusCode == 404)
        {
            return await client.GetAlbumAsync(call, galleryId).ConfigureAwait(false);
        }
    }

    /// <summary>A gallery item by id: <paramref name="kind"/> album or image asks for that kind, null for either (GA-09..11).</summary>
    public static Task<IImgurGalleryItem> GetGalleryItemAsync(this ImgurApiClient client, ImgurCall call, string? kind, string galleryId) =>
        client.GetItemAsync(call, kind is null
            ? ImgurRequest.Api(HttpMethod.Get, "gallery", galleryId)
            : ImgurRequest.Api(HttpMethod.Get, "gallery", kind, galleryId));

    public static async Task<ImgurVote> GetGalleryVotesAsync(this ImgurApiClient client, ImgurCall call, string galleryId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "gallery", galleryId, "votes"), ImgurJson.Read<ImgurVote>).ConfigureAwait(false);
        var votes = result.Stamp() ?? throw ImgurJson.Unexpected("votes");
        votes.GalleryId = galleryId;
        return votes;
    }

    public static Task<List<IImgurGalleryItem>> GetMemePageAsync(this ImgurApiClient client, ImgurCall call, string sort, string window, int page) =>
        client.GetItemsAsync(call, ImgurRequest.Api(HttpMethod.Get, "g", "memes", sort, window, Page(page)));

    public static Task<IImgurGalleryItem> GetMemeImageAsync(this ImgurApiClient client, ImgurCall call, string imageId) =>
        client.GetItemAsync(call, ImgurRequest.Api(HttpMethod.Get, "g", "memes", imageId));

    internal static string Page(int page) => page.ToString(CultureInfo.InvariantCulture);

    /// <summary>A page of gallery items, each stamped with the response's rate limits.</summary>
    internal static async Task<List<IImgurGalleryItem>> GetItemsAsync(this ImgurApiClient client, ImgurCall call, ImgurRequest request)
    {
        var result = await client.SendAsync(call, request, ImgurJson.ReadList<IImgurGalleryItem>).ConfigureAwait(false);
        return result.StampEach();
    }

    /// <summary>One gallery item, image or album; an answer without one is an error.</summary>
    internal static async Task<IImgurGalleryItem> GetItemAsync(this ImgurApiClient client, ImgurCall call, ImgurRequest request)
    {
        var result = await client.SendAsync(call, request, ImgurJson.Read<IImgurGalleryItem>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("gallery item");
    }
}
