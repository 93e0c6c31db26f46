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
        return result.Stamp() ?? throw ImgurJson.Unexpected("credits");
    }
}
