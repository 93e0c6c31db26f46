using System;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ImgurPS.Emulator.Imgur;

/// <summary>The rate-limit header names (spec 1.9 and, for marketplace callers, 1.3).</summary>
public static class RateHeaders
{
    public const string UserLimit = "X-RateLimit-UserLimit";
    public const string UserRemaining = "X-RateLimit-UserRemaining";
    public const string UserReset = "X-RateLimit-UserReset";
    public const string ClientLimit = "X-RateLimit-ClientLimit";
    public const string ClientRemaining = "X-RateLimit-ClientRemaining";
    public const string ClientReset = "X-RateLimit-ClientReset";
    public const string PostLimit = "X-Post-Rate-Limit-Limit";
    public const string PostRemaining = "X-Post-Rate-Limit-Remaining";
    public const string PostReset = "X-Post-Rate-Limit-Reset";
    public const string RequestsLimit = "X-RateLimit-Requests-Limit";
    public const string RequestsRemaining = "X-RateLimit-Requests-Remaining";

    public static readonly string[] All =
    [
        UserLimit, UserRemaining, UserReset, ClientLimit, ClientRemaining, ClientReset,
        PostLimit, PostRemaining, PostReset, RequestsLimit, RequestsRemaining,
    ];
}

/// <summary>One counter as a response reports it.</summary>
public readonly record struct CounterState(int Limit, int Remaining, DateTimeOffset ResetAt);

/// <summary>
/// A caller's counts after a request. The POST counter is reported on POST requests only, and a
/// commercial caller sees its marketplace counter instead of Imgur's credits.
/// </summary>
public sealed record RateSnapshot(DateTimeOffset Now, CounterState User, CounterState Client, CounterState? Post, CounterState? Requests)
{
    public void ApplyTo(IHeaderDictionary headers, ResetForm resetForm)
    {
        if (Requests is { } requests)
        {
            headers[RateHeaders.RequestsLimit] = Text(requests.Limit);
            headers[RateHeaders.RequestsRemaining] = Text(requests.Remaining);
            return;
        }

        headers[RateHeaders.UserLimit] = Text(User.Limit);
        headers[RateHeaders.UserRemaining] = Text(User.Remaining);
        headers[RateHeaders.UserReset] = Text(resetForm == ResetForm.Epoch ? User.ResetAt.ToUnixTimeSeconds() : SecondsUntil(User.ResetAt));
        headers[RateHeaders.ClientLimit] = Text(Client.Limit);
        headers[RateHeaders.ClientRemaining] = Text(Client.Remaining);
        headers[RateHeaders.ClientReset] = Text(SecondsUntil(Client.ResetAt));
        if (Post is { } post)
        {
            headers[RateHeaders.PostLimit] = Text(post.Limit);
            headers[RateHeaders.PostRemaining] = Text(post.Remaining);
            headers[RateHeaders.PostReset] = Text(SecondsUntil(post.ResetAt));
        }
    }

    public long SecondsUntil(DateTimeOffset moment) => Math.Max(0, (long)Math.Ceiling((moment - Now).TotalSeconds));

    static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
