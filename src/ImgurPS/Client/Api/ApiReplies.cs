using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The favorite toggle, whose small answer images and albums share.</summary>
internal static class ApiReplies
{
    /// <summary>Toggles a favorite (IM-06, AL-07); Imgur answers "favorited" or "unfavorited" (spec Q26).</summary>
    public static async Task<ImgurFavoriteResult> ToggleFavoriteAsync(this ImgurApiClient client, ImgurCall call, string kind, string id)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Post, kind, id, "favorite"), ImgurJson.ReadBoolean).ConfigureAwait(false);
        return new ImgurFavoriteResult
        {
            Id = id,
            ItemType = kind == "album" ? "Album" : "Image",
            IsFavorite = result.Data,
        }.StampedWith(result.RateLimit);
    }
}
