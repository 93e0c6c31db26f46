using System;
using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;
using ImgurPS.Models;

namespace ImgurPS.Client;

/// <summary>Reads the X-RateLimit-* and X-Post-Rate-Limit-* headers of a response (spec 1.9, Q7, Q8).</summary>
internal static class RateLimitHeaders
{
    // Below this a reset value is a number of seconds to wait, above it a UNIX time (spec Q7).
    private const long EpochThreshold = 1_000_000_000;

    /// <summary>The limits a response carried, or null when it carried none.</summary>
    public static ImgurRateLimit? Parse(HttpResponseHeaders headers, DateTimeOffset now)
    {
        long? Number(string name) =>
            headers.TryGetValues(name, out var values)
            && long.TryParse(values.FirstOrDefault()?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;

        DateTimeOffset? Reset(string name) => Number(name) is { } value ? ToInstant(value, now) : null;

        var limit = new ImgurRateLimit
        {
            UserLimit = Number("X-RateLimit-UserLimit"),
            UserRemaining = Number("X-RateLimit-UserRemaining"),
            UserReset = Reset("X-RateLimit-UserReset"),
            ClientLimit = Number("X-RateLimit-ClientLimit"),
            ClientRemaining = Number("X-RateLimit-ClientRemaining"),
            ClientReset = Reset("X-RateLimit-ClientReset"),
            PostLimit = Number("X-Post-Rate-Limit-Limit"),
            PostRemaining = Number("X-Post-Rate-Limit-Remaining"),
            PostReset = Reset("X-Post-Rate-Limit-Reset"),
            MarketplaceLimit = Number("X-RateLimit-Requests-Limit"),
            MarketplaceRemaining = Number("X-RateLimit-Requests-Remaining"),
            ObservedAt = now,
        };

        var counts = new[]
        {
            limit.UserLimit, limit.UserRemaining, limit.ClientLimit, limit.ClientRemaining,
            limit.PostLimit, limit.PostRemaining, limit.MarketplaceLimit, limit.MarketplaceRemaining,
        };
        return counts.Any(value => value.HasValue) ? limit : null;
    }

    /// <summary>Retry-After as a delay: seconds or an HTTP date.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var retry = headers.RetryAfter;
        if (retry?.Delta is { } delta) return delta;
        if (retry?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    public static DateTimeOffset ToInstant(long value, DateTimeOffset now) =>
        value < EpochThreshold ? now.AddSeconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
}
