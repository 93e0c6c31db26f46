using System;
using System.Net.Http;
using ImgurPS.Client;

namespace ImgurPS.Tests;

public class RateLimitHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage Response(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    [Fact]
    public void ReadsEveryCountAndTheSecondsForm()
    {
        using var response = Response(
            ("X-RateLimit-UserLimit", "500"), ("X-RateLimit-UserRemaining", "498"), ("X-RateLimit-UserReset", "3600"),
            ("X-RateLimit-ClientLimit", "12500"), ("X-RateLimit-ClientRemaining", "12467"), ("X-RateLimit-ClientReset", "86400"),
            ("X-Post-Rate-Limit-Limit", "1250"), ("X-Post-Rate-Limit-Remaining", "1249"), ("X-Post-Rate-Limit-Reset", "875"));

        var limit = RateLimitHeaders.Parse(response.Headers, Now)!;

        Assert.Equal(500, limit.UserLimit);
        Assert.Equal(498, limit.UserRemaining);
        Assert.Equal(Now.AddHours(1), limit.UserReset);
        Assert.Equal(12500, limit.ClientLimit);
        Assert.Equal(12467, limit.ClientRemaining);
        Assert.Equal(Now.AddDays(1), limit.ClientReset);
        Assert.Equal(1250, limit.PostLimit);
        Assert.Equal(1249, limit.PostRemaining);
        Assert.Equal(Now.AddSeconds(875), limit.PostReset);
    }

    [Fact]
    public void ReadsTheEpochFormOfTheUserReset()
    {
        using var response = Response(("X-RateLimit-UserRemaining", "10"), ("X-RateLimit-UserReset", "1700003600"));
        var limit = RateLimitHeaders.Parse(response.Headers, Now)!;
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700003600), limit.UserReset);
    }

    [Fact]
    public void ReadsTheMarketplaceHeaders()
    {
        using var response = Response(("X-RateLimit-Requests-Limit", "1000"), ("X-RateLimit-Requests-Remaining", "999"));
        var limit = RateLimitHeaders.Parse(response.Headers, Now)!;
        Assert.Equal(999, limit.MarketplaceRemaining);
        Assert.Null(limit.ClientRemaining);
    }

    [Fact]
    public void NoHeadersMeansNoLimits()
    {
        using var response = Response(("Content-Language", "en"));
        Assert.Null(RateLimitHeaders.Parse(response.Headers, Now));
    }

    [Fact]
    public void RetryAfterInSeconds()
    {
        using var response = Response(("Retry-After", "30"));
        Assert.Equal(TimeSpan.FromSeconds(30), RateLimitHeaders.RetryAfter(response.Headers, Now));
    }
}
