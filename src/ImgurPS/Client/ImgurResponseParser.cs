using System;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace ImgurPS.Client;

/// <summary>The payload of a successful response: the unwrapped data, valid while the payload is not disposed.</summary>
internal sealed class ImgurPayload : IDisposable
{
    private readonly JsonDocument _document;

    public ImgurPayload(JsonDocument document, JsonElement data)
    {
        _document = document;
        Data = data;
    }

    public JsonElement Data { get; }

    public void Dispose() => _document.Dispose();
}

/// <summary>
/// Reads every response form Imgur uses (spec 1.4, 1.5, 1.7, section 4): the data/success/status envelope,
/// errors as strings, objects, bare values, JSON:API arrays, marketplace messages, HTML pages and empty bodies,
/// errors reported with HTTP 200, and the XML form. Success gives the unwrapped data; anything else throws
/// one <see cref="ImgurApiException"/>.
/// </summary>
internal static class ImgurResponseParser
{
    private static readonly Regex HtmlTitle = new(@"<(title|h1)[^>]*>(?<text>.*?)</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex HtmlTag = new(@"<[^>]+>|\s+", RegexOptions.Compiled);

    // A web page rather than an API answer: pages are rarely well-formed XML, so this is decided before parsing.
    private static readonly Regex HtmlMarker = new(@"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.Compiled);

    public static ImgurPayload Parse(int httpStatus, string? mediaType, byte[] body, string method, string path)
    {
        var start = FirstNonWhitespace(body);
        if (start < 0)
        {
            if (IsSuccess(httpStatus)) return Wrap(JsonDocument.Parse("null"));
            throw new ImgurApiException(httpStatus, $"{Reason(httpStatus)} (the response had no body).", method, path);
        }

        var json = new ReadOnlyMemory<byte>(body, start, body.Length - start);
        if (body[start] == (byte)'<')
        {
            json = ReadXml(httpStatus, body, method, path);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            // Imgur's own documentation shows JSON with trailing commas and single quotes; name it as broken JSON.
            if (body[start] is (byte)'{' or (byte)'[')
            {
                throw new ImgurApiException(httpStatus, $"{Reason(httpStatus)}: Imgur sent malformed JSON ({error.Message})", method, path);
            }
            var kind = mediaType is null ? "a body" : $"a {mediaType} body";
            throw new ImgurApiException(httpStatus, $"{Reason(httpStatus)}: Imgur sent {kind} that is neither JSON nor XML.", method, path);
        }

        try
        {
            return Unwrap(document, httpStatus, method, path);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A JSONP answer (spec 1.7): the envelope inside <c>callback(...)</c> is read like any answer, so errors throw
    /// as usual, and the payload's data is the whole script text, which is what the caller asked for.
    /// </summary>
    public static ImgurPayload ParseJsonp(int httpStatus, byte[] body, string callback, string method, string path)
    {
        var text = Encoding.UTF8.GetString(body).Trim();
        var call = callback + "(";
        var end = text.EndsWith(");", StringComparison.Ordinal) ? 2 : text.EndsWith(")", StringComparison.Ordinal) ? 1 : 0;
        if (!text.StartsWith(call, StringComparison.Ordinal) || end == 0)
        {
            // An error or an outage page can come unwrapped; read it for its message first.
            Parse(httpStatus, null, body, method, path).Dispose();
            throw new ImgurApiException(httpStatus, $"Imgur did not wrap its answer in {callback}(...), as the callback parameter asks.", method, path);
        }

        var inner = text.Substring(call.Length, text.Length - call.Length - end);
        Parse(httpStatus, "application/json", Encoding.UTF8.GetBytes(inner), method, path).Dispose();
        return Wrap(JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(text)));
    }

    private static ImgurPayload Unwrap(JsonDocument document, int httpStatus, string method, string path)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            if (IsSuccess(httpStatus)) return new ImgurPayload(document, root);
            throw new ImgurApiException(httpStatus, $"{Reason(httpStatus)}.", method, path);
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            throw FromErrorsArray(errors, httpStatus, method, path);
        }

        if (!root.TryGetProperty("data", out var data))
        {
            // Unwrapped answers: the OAuth token object, or a marketplace error such as {"message": ...}.
            if (IsSuccess(httpStatus) && !root.TryGetProperty("message", out _)) return new ImgurPayload(document, root);
            var message = root.TryGetProperty("message", out var text) ? TextOf(text) : null;
            throw new ImgurApiException(httpStatus, message ?? $"{Reason(httpStatus)}.", method, path);
        }

        int? bodyStatus = root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number && status.TryGetInt32(out var code) ? code : null;
        var success = !root.TryGetProperty("success", out var flag) || flag.ValueKind != JsonValueKind.False;

        // Any data object with an error key is a failure, even with HTTP 200 and success:true (spec Q1).
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("error", out var error))
        {
            throw FromErrorData(error, httpStatus, bodyStatus, method, path);
        }

        if (!success || !IsSuccess(httpStatus))
        {
            var effective = EffectiveStatus(httpStatus, bodyStatus);
            var message = TextOf(data) is { Length: > 0 } said && data.ValueKind == JsonValueKind.String ? said : $"{Reason(effective)}.";
            throw new ImgurApiException(effective, message, method, path) { BodyStatus = bodyStatus };
        }

        return new ImgurPayload(document, data);
    }

    private static ImgurApiException FromErrorData(JsonElement error, int httpStatus, int? bodyStatus, string method, string path)
    {
        string? message;
        string? code = null;
        if (error.ValueKind == JsonValueKind.Object)
        {
            // Form B: {code, message, type, exception}; the message may be missing.
            code = error.TryGetProperty("code", out var codeElement) ? TextOf(codeElement) : null;
            message = error.TryGetProperty("message", out var messageElement) ? TextOf(messageElement) : null;
            message ??= code is null ? null : $"Error code {code}";
        }
        else
        {
            message = TextOf(error);
        }

        var effective = EffectiveStatus(httpStatus, bodyStatus);
        return new ImgurApiException(effective, string.IsNullOrWhiteSpace(message) ? $"{Reason(effective)}." : message!, method, path)
        {
            BodyStatus = bodyStatus,
            ErrorCode = code,
        };
    }

    private static ImgurApiException FromErrorsArray(JsonElement errors, int httpStatus, string method, string path)
    {
        // Form D (JSON:API): code is a string, status is the reason phrase.
        var first = errors.GetArrayLength() > 0 ? errors[0] : default;
        string? Field(string name) => first.ValueKind == JsonValueKind.Object && first.TryGetProperty(name, out var value) ? TextOf(value) : null;
        var message = Field("detail") ?? Field("title") ?? Field("status") ?? $"{Reason(httpStatus)}.";
        var status = IsSuccess(httpStatus) && int.TryParse(Field("code"), out var code) ? code : httpStatus;
        return new ImgurApiException(status, message, method, path) { ErrorCode = Field("code") };
    }

    // HTTP drives control flow (spec Q5); the body's status only speaks when HTTP claimed success.
    private static int EffectiveStatus(int httpStatus, int? bodyStatus) =>
        IsSuccess(httpStatus) && bodyStatus is >= 400 and < 600 ? bodyStatus.Value : httpStatus;

    private static byte[] ReadXml(int httpStatus, byte[] body, string method, string path)
    {
        var text = Encoding.UTF8.GetString(body);
        if (HtmlMarker.IsMatch(text)) throw new ImgurApiException(httpStatus, DescribeHtml(httpStatus, text), method, path);
        try
        {
            return XmlEnvelopeReader.Convert(body) ?? throw new ImgurApiException(httpStatus, DescribeHtml(httpStatus, text), method, path);
        }
        catch (XmlException) when (HtmlTitle.IsMatch(text))
        {
            throw new ImgurApiException(httpStatus, DescribeHtml(httpStatus, text), method, path);
        }
        catch (XmlException error)
        {
            // Imgur's own documentation shows a malformed XML error; say so rather than call it a web page.
            throw new ImgurApiException(httpStatus, $"{Reason(httpStatus)}: Imgur sent malformed XML ({error.Message}).", method, path);
        }
    }

    private static string DescribeHtml(int httpStatus, string text)
    {
        var match = HtmlTitle.Match(text);
        var title = match.Success ? HtmlTag.Replace(match.Groups["text"].Value, " ").Trim() : string.Empty;
        if (title.Length > 120) title = title.Substring(0, 120) + "…";
        return title.Length > 0
            ? $"{Reason(httpStatus)}: Imgur sent an HTML page (\"{WebUtility.HtmlDecode(title)}\") instead of an API answer."
            : $"{Reason(httpStatus)}: Imgur sent an HTML page instead of an API answer.";
    }

    private static string? TextOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => null,
    };

    private static string Reason(int status) => status switch
    {
        400 => "Bad request",
        401 => "Authentication required",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Conflict",
        417 => "Expectation failed",
        429 => "Too many requests",
        500 => "Internal server error",
        502 => "Bad gateway",
        503 => "Service unavailable",
        504 => "Gateway timeout",
        _ => $"HTTP {status}",
    };

    private static bool IsSuccess(int status) => status is >= 200 and < 300;

    private static int FirstNonWhitespace(byte[] body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            // Skip a UTF-8 byte-order mark along with white space.
            if (body[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) return i;
        }
        return -1;
    }

    private static ImgurPayload Wrap(JsonDocument document) => new(document, document.RootElement);
}
