using System;
using ImgurPS.Models;

namespace ImgurPS.Client;

/// <summary>Imgur answered with an error, in any of the forms it uses (spec 1.5 and section 4).</summary>
public sealed class ImgurApiException : Exception
{
    internal ImgurApiException(int statusCode, string imgurMessage, string method, string requestPath)
        : this(statusCode, imgurMessage, method, requestPath, $"Imgur answered {statusCode} to {method} {requestPath}: {imgurMessage}")
    {
    }

    private ImgurApiException(int statusCode, string imgurMessage, string method, string requestPath, string message)
        : base(Redaction.Redact(message))
    {
        StatusCode = statusCode;
        ImgurMessage = Redaction.Redact(imgurMessage);
        Method = method;
        RequestPath = Redaction.Redact(requestPath);
    }

    /// <summary>
    /// A change Imgur answered with <c>false</c>: a success envelope (status 200) that says the change was not
    /// made, and gives no reason.
    /// </summary>
    internal static ImgurApiException Refused(string operation, string method, string requestPath) => new(
        200,
        "Imgur answered false, without saying why.",
        method,
        requestPath,
        $"Imgur did not {operation}: it answered false to {method} {requestPath}, without saying why.");

    /// <summary>
    /// The API answered with a redirect (3xx), which ImgurPS never follows: the request went to the API host only.
    /// The message names the status and where the answer pointed, without user info or query, which may carry secrets.
    /// </summary>
    internal static ImgurApiException Redirected(int statusCode, Uri? location, string method, string requestPath)
    {
        var reason = $"{statusCode} {RedirectReason(statusCode)}".TrimEnd();
        var target = location is null ? "without saying where to" : $"with a redirect to {Shown(location)}";
        var outcome = location is null ? "ImgurPS follows no redirects from the API." : "ImgurPS follows no redirects from the API, so nothing was sent there.";
        return new(statusCode, $"{reason} {target}; {outcome}", method, requestPath, $"Imgur answered {reason} to {method} {requestPath} {target}; {outcome}");
    }

    // The standard phrase, not the server's: a reason phrase is whatever the other end chose to write.
    private static string RedirectReason(int statusCode) => statusCode switch
    {
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        305 => "Use Proxy",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        _ => string.Empty,
    };

    private static string Shown(Uri location)
    {
        if (!location.IsAbsoluteUri) return location.OriginalString.Split('?', '#')[0];
        var shown = location.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        return location.Query.Length > 1 || location.Fragment.Length > 1 ? shown + "?…" : shown;
    }

    /// <summary>Whether the API answered with a redirect, which is never followed.</summary>
    internal bool IsRedirect => IsRedirectStatus(StatusCode);

    /// <summary>A redirect status; 304 is not one, it confirms a remembered answer (ETagHandler).</summary>
    internal static bool IsRedirectStatus(int statusCode) => statusCode is >= 300 and < 400 and not 304;

    /// <summary>The status that drives handling: the HTTP status, or the body's status when HTTP said 200.</summary>
    public int StatusCode { get; }

    /// <summary>The status written in the response body, when there was one (it can differ from HTTP).</summary>
    public int? BodyStatus { get; internal set; }

    /// <summary>Imgur's own message.</summary>
    public string ImgurMessage { get; }

    /// <summary>Imgur's internal error code, when it sent one (1002 is "over the size limit").</summary>
    public string? ErrorCode { get; internal set; }

    /// <summary>The HTTP method of the request.</summary>
    public string Method { get; }

    /// <summary>The request path, without the query.</summary>
    public string RequestPath { get; }

    /// <summary>How long Imgur asked the caller to wait, from Retry-After.</summary>
    public TimeSpan? RetryAfter { get; internal set; }

    /// <summary>The rate limits of the error response.</summary>
    public ImgurRateLimit? RateLimit { get; internal set; }
}
