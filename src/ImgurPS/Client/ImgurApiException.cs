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
