using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

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

    public HttpMethod Method { get; }

    /// <summary>The path below the API root without format extension, e.g. 3/gallery/hot/viral/day/0.</summary>
    public string Path { get; }

    private Func<HttpContent>? _createContent;

    /// <summary>Uploads may take as long as the file needs; they get no request timeout.</summary>
    public bool IsUpload { get; private set; }

    /// <summary>OAuth routes carry credentials in the body and take no format extension.</summary>
    public bool IsOAuth => Path.StartsWith("oauth2/", StringComparison.Ordinal);

    /// <summary>A request for an /3/ resource; each segment is escaped.</summary>
    public static ImgurRequest Api(HttpMethod method, params string[] segments) =>
        new(method, "3/" + string.Join("/", segments.Select(Uri.EscapeDataString)));

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
        var path = IsOAuth ? Path : Path + (format == ImgurFormat.Xml ? ".xml" : ".json");
        if (_query.Count == 0) return path;
        return path + "?" + string.Join("&", _query.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));
    }
}
