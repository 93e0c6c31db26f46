using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;

namespace ImgurPS.Client.Api;

/// <summary>What the section APIs share: operations that answer only true (or null), and path segments from numbers.</summary>
internal static class Acknowledgement
{
    /// <summary>
    /// Sends a change whose answer is just true (reports may answer null, spec 2.2); a refusal arrives as an
    /// error, so the answer itself is returned only for tests to look at.
    /// </summary>
    public static async Task<bool> AcknowledgeAsync(this ImgurApiClient client, ImgurCall call, ImgurRequest request)
    {
        var result = await client.SendAsync(call, request, ImgurJson.ReadBoolean).ConfigureAwait(false);
        return result.Data;
    }

    /// <summary>A number as a path segment or form value.</summary>
    public static string Text(this long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as a path segment or form value.</summary>
    public static string Text(this int value) => value.ToString(CultureInfo.InvariantCulture);
}
