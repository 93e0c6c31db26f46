using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ImgurPS.Client;

/// <summary>One Imgur API request as the section APIs describe it: method, path, query and body.</summary>
internal sealed class ImgurRequest
{
    private readonly List<KeyValuePair<string, string>> _query = new();

    private ImgurRequest(HttpMethod method, string path)
    {
        Method = method;
        Path = path;
    }

    private ImgurRequest(HttpMethod method, string root, string?[] segments)
        : this(method, root + string.Join("/", segments.Select(segment => Uri.EscapeDataString(segment ?? string.Empty))))
    {
        Refusal = segments.Select(segment => SegmentProblem(segment) is { } problem ? new ImgurPathException(segment ?? string.Empty, problem) : null)
            .FirstOrDefault(refusal => refusal is not null);
    }

    public HttpMethod Method { get; }

    /// <summary>
    /// Why the request must not be sent, or null: a segment that would take it to another route. The client
    /// throws it before sending (and before the credit guard), so the failure reaches the cmdlet as its task's error.
    /// </summary>
    public ImgurPathException? Refusal { get; }

    /// <summary>The path below the API root without format extension, e.g. 3/gallery/hot/viral/day/0.</summary>
    public string Path { get; }

    private Func<HttpContent>? _createContent;

    /// <summary>A media type for the Accept header, for routes that want their own (the v1 block routes, spec Q29).</summary>
    public string? Accept { get; private set; }

    /// <summary>The JSONP function name (spec 1.7), sent as callback; the answer is the script text, kept as it came.</summary>
    public string? JsonpCallback { get; private set; }

    /// <summary>Uploads get time to send their body before the wait for the answer starts (<see cref="AnswerTimer"/>).</summary>
    public bool IsUpload { get; private set; }

    /// <summary>The credits the request costs (spec 1.9): 10 for an upload, none for credits or OAuth, else 1.</summary>
    public int Cost =>
        IsOAuth || Path == "3/credits" ? 0
        : Method == HttpMethod.Post && (Path == "3/image" || Path == "3/upload") ? 10
        : 1;

    /// <summary>OAuth routes carry credentials in the body and take no format extension.</summary>
    public bool IsOAuth => Path.StartsWith("oauth2/", StringComparison.Ordinal);

    /// <summary>A request for an /3/ resource; each segment is escaped, and one that could change the route is refused (<see cref="Refusal"/>).</summary>
    public static ImgurRequest Api(HttpMethod method, params string?[] segments) => new(method, "3/", segments);

    /// <summary>A request for the newer /account/v1/ routes, which live outside /3/ and take no format extension.</summary>
    public static ImgurRequest AccountV1(HttpMethod method, params string?[] segments) =>
        new ImgurRequest(method, "account/v1/", segments).WithAccept("application/vnd.api+json");

    /// <summary>
    /// Why <paramref name="segment"/> cannot be one path segment, or null when it can. Escaping keeps '/', '\', '?'
    /// and '#' inside the segment (%2F, %5C, %3F, %23), so tags such as "AC/DC" stay names. Escaping cannot help with
    /// '.' and '..': URI handling removes them, escaped or not (%2E is '.'), and the request goes to the route
    /// around them. An empty segment drops a part of the route. The value is decoded until it stops changing, and
    /// split at '/' and '\' too, so that no server that decodes once more, or reads %2F or %5C as a separator, sees a
    /// dot segment either.
    /// </summary>
    internal static string? SegmentProblem(string? segment)
    {
        if (string.IsNullOrEmpty(segment))
        {
            return "An empty name, tag or id cannot be sent: the request would lose a part of its route and reach another one. Give the value itself.";
        }

        var decoded = segment!;
        for (var round = 0; round < 8; round++)
        {
            var once = Uri.UnescapeDataString(decoded);
            if (once == decoded) break;
            decoded = once;
        }

        if (decoded.Split('/', '\\').FirstOrDefault(part => part is "." or "..") is { } dots)
        {
            var reads = decoded == segment ? string.Empty : $" (it decodes to '{decoded}')";
            return $"'{segment}' cannot be sent as a name, tag or id{reads}: '{dots}' in a URL path means {(dots == "." ? "the current" : "the parent")} route, so the request would reach another route than the one meant. Give the actual name, tag or id; Imgur's are never '.' or '..'.";
        }

        return null;
    }

    public static ImgurRequest OAuth(HttpMethod method, string name) => new(method, "oauth2/" + name);

    public ImgurRequest WithQuery(string name, string? value)
    {
        if (value is not null) _query.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    public ImgurRequest WithQuery(string name, bool? value) => WithQuery(name, value is { } flag ? (flag ? "true" : "false") : null);

    /// <summary>Array parameters go comma-joined (ids=a,b), as most clients send them (spec Q16); none gives null.</summary>
    public static string? Join(IEnumerable<string>? values) =>
        values?.ToList() is { Count: > 0 } list ? string.Join(",", list) : null;

    public ImgurRequest WithForm(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var present = fields
            .Where(field => field.Value is not null)
            .Select(field => new KeyValuePair<string, string>(field.Key, field.Value!))
            .ToList();
        _createContent = () => new FormUrlEncodedContent(present);
        return this;
    }

    /// <summary>A JSON body, written field by field (the account-deletion route takes JSON, spec AC-34).</summary>
    public ImgurRequest WithJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        var body = buffer.ToArray();
        _createContent = () =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return content;
        };
        return this;
    }

    public ImgurRequest WithJsonp(string callback)
    {
        JsonpCallback = callback;
        return WithQuery("callback", callback);
    }

    public ImgurRequest WithAccept(string mediaType)
    {
        Accept = mediaType;
        return this;
    }

    /// <summary>An upload body, built anew for each attempt (a retry after a token refresh sends it again).</summary>
    public ImgurRequest WithUpload(Func<HttpContent> createContent)
    {
        _createContent = createContent;
        IsUpload = true;
        return this;
    }

    /// <summary>A fresh body for one attempt, or null; the caller disposes it.</summary>
    public HttpContent? CreateContent() => _createContent?.Invoke();

    /// <summary>The address relative to the API root, with the format extension on /3/ paths (spec 1.7).</summary>
    public string RelativeUri(ImgurFormat format)
    {
        if (Refusal is not null) throw Refusal;
        // Only /3/ routes know the .json/.xml suffix; OAuth and /account/v1/ routes take the path as it is.
        var path = Path.StartsWith("3/", StringComparison.Ordinal) ? Path + (format == ImgurFormat.Xml ? ".xml" : ".json") : Path;
        if (_query.Count == 0) return path;
        return path + "?" + string.Join("&", _query.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));
    }
}
