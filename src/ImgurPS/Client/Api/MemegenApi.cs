using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The memegen section of the API (spec 2.8).</summary>
internal static class MemegenApi
{
    /// <summary>The stock meme backgrounds (MG-01), as images.</summary>
    public static async Task<List<ImgurImage>> GetMemeTemplatesAsync(this ImgurApiClient client, ImgurCall call)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "memegen", "defaults"), ImgurJson.ReadList<ImgurImage>).ConfigureAwait(false);
        return result.StampEach();
    }
}
