using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using ImgurPS.Models;

namespace ImgurPS.Client;

/// <summary>
/// When a failed request is sent again (spec 1.9, Q3, Q5, Q25). Requests that are safe to repeat (GET, PUT,
/// DELETE) are retried after server errors, HTML outage pages, timeouts and broken connections. Any request,
/// uploads included, is retried after a 429, which Imgur answers without taking the request, and after a refused
/// connection, which never reached Imgur; never after anything that may have reached it. A redirect is never
/// retried: it is an error, and asking again would only get the same answer. Retries also stop once the attempts have
/// waited twice the timeout for answers (<see cref="AnswerTimer"/>), so a silent server costs two attempts, not all.
/// </summary>
internal sealed class ImgurRetryPolicy
{
    private static readonly Random Jitter = new();

    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff; each retry doubles it.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait ImgurPS accepts, from Retry-After, a rate-limit reset, or backoff.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait before retry number <paramref name="retry"/> (from 1), or null when not to retry.</summary>
    public TimeSpan? DelayBefore(int retry, Exception error, HttpMethod method, DateTimeOffset now)
    {
        if (retry > MaxRetries) return null;
        var repeatable = method != HttpMethod.Post;
        var wait = error switch
        {
            ImgurApiException { IsRedirect: true } => null,
            ImgurApiException { StatusCode: 429 } limited => limited.RetryAfter is { } after && after > TimeSpan.Zero
                ? after
                : UntilReset(limited.RateLimit, now) ?? Backoff(retry),
            ImgurApiException { StatusCode: >= 500 } when repeatable => Backoff(retry),
            TimeoutException when repeatable => Backoff(retry),
            HttpRequestException when repeatable || WasRefused(error) => Backoff(retry),
            _ => (TimeSpan?)null,
        };
        return wait <= MaxWait ? wait : null;
    }

    /// <summary>
    /// Whether a failed request may still have been carried out: the connection broke after it was sent, or its
    /// answer did not come in time. An upload that ran out of time while still sending its body was not.
    /// </summary>
    public static bool MayHaveReachedImgur(Exception error) =>
        error is TimeoutException and not ImgurTimeoutException { WhileSending: true }
        || error is HttpRequestException && !WasRefused(error);

    /// <summary>Exponential backoff with jitter, so that parallel clients do not retry in step.</summary>
    private TimeSpan Backoff(int retry)
    {
        double share;
        lock (Jitter) share = 0.5 + Jitter.NextDouble() / 2;
        return TimeSpan.FromMilliseconds(BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1) * share);
    }

    // The reset of whichever allowance ran out.
    private static TimeSpan? UntilReset(ImgurRateLimit? limit, DateTimeOffset now)
    {
        DateTimeOffset? reset = limit switch
        {
            { PostRemaining: 0 } => limit.PostReset,
            { UserRemaining: 0 } => limit.UserReset,
            { ClientRemaining: 0 } => limit.ClientReset,
            _ => null,
        };
        return reset is { } when ? (when > now ? when - now : TimeSpan.Zero) : null;
    }

    private static bool WasRefused(Exception error)
    {
        for (var inner = error; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused }) return true;
        }
        return false;
    }
}
