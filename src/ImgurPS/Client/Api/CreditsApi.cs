using System;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>/3/credits (spec 1.15, MS-01).</summary>
internal static class CreditsApi
{
    public static async Task<ImgurCredit> GetCreditsAsync(this ImgurApiClient client, ImgurCall call)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "credits"), ImgurJson.Read<ImgurCredit>).ConfigureAwait(false);
        var credits = result.Stamp() ?? throw ImgurJson.Unexpected("credits");
        // Imgur sends this answer without rate-limit headers (spec Q8); its body is the reading the credit guard needs.
        var reading = credits.AsRateLimit(DateTimeOffset.UtcNow);
        call.Session.RememberRateLimit(reading);
        return credits.RateLimit is null ? credits.StampedWith(reading) : credits;
    }
}
