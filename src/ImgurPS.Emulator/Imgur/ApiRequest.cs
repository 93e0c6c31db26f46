using System;
using System.Text.RegularExpressions;
using ImgurPS.Emulator.Store;
using Microsoft.AspNetCore.Http;

namespace ImgurPS.Emulator.Imgur;

public enum WireFormat
{
    Json,
    Xml,
}

/// <summary>
/// What is known about a request before routing: the path as sent and as routed, the wire format
/// the extension chose, and the caller. Kept as an HTTP feature for the pipeline and the request log.
/// </summary>
public sealed partial class ApiRequest
{
    public required string Method { get; init; }

    /// <summary>The path as the client sent it, with <c>/3/</c> and any extension: what errors report as <c>request</c>.</summary>
    public required string SeenPath { get; init; }

    /// <summary>The path without its <c>.json</c>/<c>.xml</c> extension, as routed.</summary>
    public required string Path { get; init; }

    /// <summary>The query string without its <c>?</c>.</summary>
    public required string Query { get; init; }

    public required WireFormat Format { get; init; }
    public required Caller Caller { get; init; }

    /// <summary>The marketplace key of a commercial caller (spec 1.3); null on the free tier.</summary>
    public string? CommercialKey { get; init; }

    /// <summary>Imgur's user limits are per IP address; the kind of credentials is part of the key as its limits differ.</summary>
    public required string CallerKey { get; init; }

    /// <summary>The JSONP function to wrap a JSON answer in, when one was asked for.</summary>
    public string? JsonpCallback { get; private set; }

    /// <summary><c>_fake_status=200</c>: answer HTTP 200 and keep the real code in the body.</summary>
    public bool FakeStatus { get; init; }

    /// <summary>An image or video upload, whose XML answer has its own root (spec Q33).</summary>
    public bool IsUpload => Method == "POST" && Path is "/3/upload" or "/3/image";

    public bool IsControl => Path == "/_emulator" || Path.StartsWith("/_emulator/", StringComparison.Ordinal);

    public static ApiRequest Read(HttpContext http, TokenStore tokens, EmulatorOptions options)
    {
        HttpRequest request = http.Request;
        string seen = request.Path.Value ?? "/";
        (string path, WireFormat format) = SplitExtension(seen);
        Caller caller = Caller.Identify(request.Headers.Authorization.ToString(), tokens, options.ClientId);
        string callback = request.Query["callback"].ToString();

        return new ApiRequest
        {
            Method = request.Method,
            SeenPath = seen,
            Path = path,
            Query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "",
            Format = format,
            Caller = caller,
            CommercialKey = NonEmpty(request.Headers["X-Mashape-Key"]) ?? NonEmpty(request.Headers["x-rapidapi-key"]),
            CallerKey = $"{http.Connection.RemoteIpAddress}/{caller.Kind}",
            JsonpCallback = JsonpName(format, callback),
            FakeStatus = request.Query["_fake_status"] == "200",
        };
    }

    /// <summary>Every <c>/3/</c> route takes a <c>.json</c> or <c>.xml</c> suffix on its last segment (spec 1.7).</summary>
    static (string Path, WireFormat Format) SplitExtension(string path)
    {
        if (!path.StartsWith("/3/", StringComparison.Ordinal))
        {
            return (path, WireFormat.Json);
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return (path[..^".json".Length], WireFormat.Json);
        }

        return path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            ? (path[..^".xml".Length], WireFormat.Xml)
            : (path, WireFormat.Json);
    }

    /// <summary>A POST may carry <c>callback</c> in its body rather than its query (spec 1.7); the query's wins.</summary>
    public void TakeCallbackFromBody(string? callback) => JsonpCallback ??= JsonpName(Format, callback);

    static string? JsonpName(WireFormat format, string? callback) =>
        format == WireFormat.Json && callback is not null && CallbackName().IsMatch(callback) ? callback : null;

    static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // A script identifier, so a callback cannot smuggle markup or code into the body.
    [GeneratedRegex(@"^[A-Za-z_$][\w$.]*$")]
    private static partial Regex CallbackName();
}
