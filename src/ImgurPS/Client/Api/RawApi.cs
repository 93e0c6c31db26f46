using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>
/// Requests whose answers have no model: any /3/ route (Invoke-ImgurRestMethod), the undocumented feed (MS-02, read as gallery items),
/// and the token check (OA-03). Answers of the raw call come back as plain .NET values (ImgurJson.ToPlain).
/// </summary>
internal static class RawApi
{
    /// <summary>
    /// Sends <paramref name="method"/> to a path below /3/ ("gallery/hot", "/3/credits.json" and "3/credits" all
    /// work: a leading /3/ and the format extension are dropped, since the call's format decides the extension).
    /// With <paramref name="jsonpCallback"/> the answer is the JSONP script text, as a string.
    /// </summary>
    public static async Task<ImgurResult<object?>> SendRawAsync(
        this ImgurApiClient client,
        ImgurCall call,
        HttpMethod method,
        string path,
        IEnumerable<KeyValuePair<string, string?>>? query,
        IEnumerable<KeyValuePair<string, string?>>? form,
        string? jsonpCallback = null)
    {
        var request = ImgurRequest.Api(method, RawSegments(path));
        if (jsonpCallback is not null) request.WithJsonp(jsonpCallback);
        foreach (var pair in query ?? Enumerable.Empty<KeyValuePair<string, string?>>()) request.WithQuery(pair.Key, pair.Value);
        if (form is not null) request.WithForm(form);
        return await client.SendAsync(call, request, ImgurJson.ToPlain).ConfigureAwait(false);
    }

    /// <summary>
    /// The mobile apps' feed (MS-02). Imgur documents no shape for it; what it answers is a list of gallery
    /// posts, so they are read as the gallery listings' items and pipe on the same way.
    /// </summary>
    public static Task<List<IImgurGalleryItem>> GetFeedAsync(this ImgurApiClient client, ImgurCall call) =>
        client.GetItemsAsync(call, ImgurRequest.Api(HttpMethod.Get, "feed"));

    /// <summary>
    /// Asks /oauth2/secret whether the session's access token works (OA-03). A refusal (401/403) is an answer,
    /// not a failure: the status says the token is invalid and why. Other failures still throw.
    /// </summary>
    public static async Task<ImgurTokenStatus> CheckAccessTokenAsync(this ImgurApiClient client, ImgurCall call)
    {
        try
        {
            var result = await client.SendAsync(call, ImgurRequest.OAuth(HttpMethod.Get, "secret"), ImgurJson.Read<ImgurTokenStatus>).ConfigureAwait(false);
            var status = result.Stamp() ?? new ImgurTokenStatus().StampedWith(result.RateLimit);
            status.IsValid = true;
            call.Session.LearnAccount(status.AccountUsername, status.AccountId);
            status.AccountUsername ??= call.Session.AccountUsername;
            return status;
        }
        catch (ImgurApiException error) when (error.StatusCode is 401 or 403)
        {
            return new ImgurTokenStatus { IsValid = false, Message = error.ImgurMessage }.StampedWith(error.RateLimit);
        }
    }

    /// <summary>
    /// The path's segments, unescaped once so that both "a b" and "a%20b" mean the same segment, with dot segments
    /// resolved as URI handling would resolve them ("%2e" is "."). The result must stay below /3/: a path whose ".."
    /// climbs above it is refused, as is a segment that would still read as a dot segment once sent.
    /// </summary>
    internal static string[] RawSegments(string path)
    {
        var given = path.Split('/').Select(Uri.UnescapeDataString).Where(segment => segment.Length > 0 && segment != ".").ToList();
        if (given.Count > 0 && given[0] == "3") given.RemoveAt(0);
        var segments = new List<string>();
        foreach (var segment in given)
        {
            if (segment != "..") segments.Add(segment);
            else if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
            else throw new ImgurPathException(path, $"'{path}' leaves the API root /3/ once its '..' segments are resolved, so Invoke-ImgurRestMethod does not send it. Give a path below /3/, such as gallery/hot/viral/day/0 or credits, without '..' segments that climb above it.");
        }

        if (segments.Count == 0) throw new ArgumentException($"'{path}' names no resource below /3/. Give a path such as gallery/hot/viral/day/0 or credits.");
        var last = segments[segments.Count - 1];
        foreach (var extension in new[] { ".json", ".xml" })
        {
            if (last.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) segments[segments.Count - 1] = last.Substring(0, last.Length - extension.Length);
        }

        // What still reads as a dot segment (decoded twice, or behind an escaped separator) would be refused when
        // sent; refusing it here names the path the user gave rather than one of its parts.
        if (segments.Select(ImgurRequest.SegmentProblem).FirstOrDefault(problem => problem is not null) is { } problem)
        {
            throw new ImgurPathException(path, $"'{path}' cannot be sent: {problem}");
        }

        return segments.ToArray();
    }
}
