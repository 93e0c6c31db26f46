using System;
using System.Globalization;

namespace ImgurPS.Client;

/// <summary>
/// An API answer was larger than any Imgur sends (<see cref="Handlers.AnswerSizeHandler"/>), so ImgurPS stopped
/// reading it: the server at the session's address is not behaving like Imgur. It is never retried.
/// </summary>
public sealed class ImgurAnswerTooLargeException : Exception
{
    internal ImgurAnswerTooLargeException(long limit, long? declaredLength, string method, string requestPath)
        : base(Redaction.Redact(Describe(limit, declaredLength, method, requestPath)))
    {
        Limit = limit;
        DeclaredLength = declaredLength;
        Method = method;
        RequestPath = Redaction.Redact(requestPath);
    }

    /// <summary>The most ImgurPS reads of one API answer, in bytes.</summary>
    public long Limit { get; }

    /// <summary>The length the answer announced (Content-Length), when it announced one over the limit.</summary>
    public long? DeclaredLength { get; }

    /// <summary>The HTTP method of the request.</summary>
    public string Method { get; }

    /// <summary>The request path, without the query.</summary>
    public string RequestPath { get; }

    private static string Describe(long limit, long? declaredLength, string method, string requestPath)
    {
        var megabytes = (limit / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
        var seen = declaredLength is { } declared
            ? $"it announced {declared.ToString(CultureInfo.InvariantCulture)} bytes, so none of it was read"
            : $"it was still coming after {megabytes} MB, so ImgurPS stopped reading";
        return $"The answer to {method} {requestPath} is larger than {megabytes} MB, the most ImgurPS reads of an API answer ({seen}). "
            + "No Imgur API answer is anywhere near that big: the server is not behaving like Imgur.";
    }
}
