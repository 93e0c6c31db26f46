using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using System.Text.Json;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>Reading the small answers many operations share: a bare true, a favorite toggle, a list of models.</summary>
internal static class ApiReplies
{
    /// <summary>
    /// Sends a change whose answer is <c>true</c>. Imgur's failures arrive as errors, so the value itself only
    /// tells success; a <c>false</c> is reported as what it is, a refusal without a reason.
    /// </summary>
    public static async Task<bool> SendAcknowledgedAsync(this ImgurApiClient client, ImgurCall call, ImgurRequest request)
    {
        var result = await client.SendAsync(call, request, IsNotFalse).ConfigureAwait(false);
        return result.Data ? true : throw new InvalidDataException($"Imgur answered false to {request.Method.Method} /{request.Path} without saying why.");
    }

    // XML carries the answer as text.
    private static bool IsNotFalse(JsonElement element) =>
        !(element.ValueKind == JsonValueKind.False || element.ValueKind == JsonValueKind.String && element.GetString() is "false" or "0");

    /// <summary>Toggles a favorite (IM-06, AL-07); Imgur answers "favorited" or "unfavorited" (spec Q26).</summary>
    public static async Task<ImgurFavoriteResult> ToggleFavoriteAsync(this ImgurApiClient client, ImgurCall call, string kind, string id)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Post, kind, id, "favorite"), ImgurJson.ReadBoolean).ConfigureAwait(false);
        return new ImgurFavoriteResult
        {
            Id = id,
            ItemType = kind == "album" ? "Album" : "Image",
            IsFavorite = result.Data,
            RateLimit = result.RateLimit,
        };
    }

    /// <summary>Gives each model of a listing the rate limits of its response.</summary>
    public static List<T> StampList<T>(this ImgurResult<List<T>> result) where T : ImgurObject
    {
        foreach (var item in result.Data) item.RateLimit = result.RateLimit;
        return result.Data;
    }
}
