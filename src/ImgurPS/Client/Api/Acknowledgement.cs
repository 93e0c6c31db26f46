using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;

namespace ImgurPS.Client.Api;

/// <summary>
/// The one path of every change Imgur answers with just <c>true</c> (delete, update, vote, report, follow,
/// mark-read; spec 1.4), and path segments from numbers. Answers that carry a boolean as data are queries, not
/// acknowledgements, and read it themselves: whether an email is verified (AC-10), whether an account is blocked
/// (AC-30), whether an item is now a favorite (IM-06, AL-07).
/// </summary>
internal static class Acknowledgement
{
    /// <summary>
    /// Sends a change named <paramref name="operation"/> ("delete the album"). Imgur's refusals mostly arrive as
    /// errors; an answer of <c>false</c> is one too, without a reason, and throws an <see cref="ImgurApiException"/>
    /// naming the operation. <c>true</c> and <c>null</c> (which report endpoints have answered, spec 2.2) are done.
    /// </summary>
    public static async Task AcknowledgeAsync(this ImgurApiClient client, ImgurCall call, ImgurRequest request, string operation)
    {
        var result = await client.SendAsync(call, request, IsFalse).ConfigureAwait(false);
        if (result.Data) throw ImgurApiException.Refused(operation, request.Method.Method, "/" + request.Path);
    }

    /// <summary>A number as a path segment or form value.</summary>
    public static string Text(this long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as a path segment or form value.</summary>
    public static string Text(this int value) => value.ToString(CultureInfo.InvariantCulture);

    // JSON says false; XML carries the answer as text (spec 1.7).
    private static bool IsFalse(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.False => true,
        JsonValueKind.String => answer.GetString() is "false" or "0",
        JsonValueKind.Number => answer.TryGetInt64(out var number) && number == 0,
        _ => false,
    };
}
