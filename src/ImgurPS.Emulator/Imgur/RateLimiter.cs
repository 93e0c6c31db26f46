using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace ImgurPS.Emulator.Imgur;

/// <summary>What charging a request did: the counts to report, and the 429 to answer when a counter could not pay.</summary>
public sealed record RateCharge(RateSnapshot Snapshot, Reply? Refusal);

/// <summary>
/// All of Imgur's accounting in one place (spec 1.9, 5.4): the application's daily credits, each
/// caller's hourly credits and POST allowance, and the marketplace counter of commercial callers.
/// A request is charged all-or-nothing: if one counter cannot pay, none is touched.
/// </summary>
public sealed class RateLimiter(EmulatorOptions options)
{
    static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    static readonly TimeSpan Day = TimeSpan.FromDays(1);

    readonly object gate = new();
    readonly Counter client = new(options.ClientLimit, Day, EmulatorClock.Now, start: null);
    readonly Dictionary<string, Counter> users = new(StringComparer.Ordinal);
    readonly Dictionary<string, Counter> posts = new(StringComparer.Ordinal);
    readonly Dictionary<string, Counter> marketplace = new(StringComparer.Ordinal);

    // Set through /_emulator/limits: where counters created afterwards start, until their first reset.
    int? userStart;
    int? postStart;

    /// <summary>Charges <paramref name="cost"/> credits; a free request (cost 0) consumes nothing at all.</summary>
    public RateCharge Charge(ApiRequest request, int cost)
    {
        lock (gate)
        {
            DateTimeOffset now = EmulatorClock.Now;
            client.Roll(now);
            int userLimit = request.Caller.Kind == AuthKind.Bearer ? options.BearerUserLimit : options.UserLimit;
            Counter user = Find(users, request.CallerKey, userLimit, Hour, userStart, now);
            Counter? post = HttpMethods.IsPost(request.Method) ? Find(posts, request.CallerKey, options.PostLimit, Hour, postStart, now) : null;
            Counter? requests = request.CommercialKey is { } key ? Find(marketplace, key, options.CommercialLimit, Day, null, now) : null;

            // The marketplace bills commercial callers per request instead of in Imgur credits, with no POST limit.
            int perRequest = Math.Min(cost, 1);
            (Counter Counter, int Cost, string What)[] bill = requests is not null
                ? [(requests, perRequest, "the marketplace key's requests")]
                :
                [
                    (user, cost, "this caller's hourly credits"),
                    (client, cost, "the application's daily credits"),
                    .. post is null ? [] : new[] { (post, perRequest, "this caller's hourly POST requests") },
                ];

            Reply? refusal = null;
            if (bill.FirstOrDefault(item => item.Counter.Remaining < item.Cost) is { Counter: not null } unpaid)
            {
                int wait = (int)Math.Ceiling((unpaid.Counter.ResetAt - now).TotalSeconds);
                refusal = Reply.Error(StatusCodes.Status429TooManyRequests, $"Rate limit exceeded: {unpaid.What} are used up.") with { RetryAfter = wait };
            }
            else
            {
                foreach (var item in bill)
                {
                    item.Counter.Remaining -= item.Cost;
                }
            }

            return new RateCharge(new RateSnapshot(now, user.State, client.State, post?.State, requests?.State), refusal);
        }
    }

    /// <summary>The caller's counts, for <c>/3/credits</c>; nothing is consumed.</summary>
    public RateSnapshot Peek(ApiRequest request) => Charge(request, cost: 0).Snapshot;

    /// <summary>Sets the remaining counts of every caller, present and future (for tests that need a 429 quickly).</summary>
    public void SetRemaining(int? clientRemaining, int? userRemaining, int? postRemaining)
    {
        lock (gate)
        {
            if (clientRemaining is int clientValue)
            {
                client.SetRemaining(clientValue);
            }

            if (userRemaining is int userValue)
            {
                userStart = userValue;
                SetAll(users.Values, userValue);
            }

            if (postRemaining is int postValue)
            {
                postStart = postValue;
                SetAll(posts.Values, postValue);
            }
        }
    }

    static void SetAll(IEnumerable<Counter> counters, int remaining)
    {
        foreach (Counter counter in counters)
        {
            counter.SetRemaining(remaining);
        }
    }

    static Counter Find(Dictionary<string, Counter> counters, string key, int limit, TimeSpan window, int? start, DateTimeOffset now)
    {
        if (counters.TryGetValue(key, out Counter? counter))
        {
            counter.Roll(now);
            return counter;
        }

        counter = new Counter(limit, window, now, start);
        counters[key] = counter;
        return counter;
    }

    /// <summary>A budget that refills to its limit when its window ends; the window starts at first use.</summary>
    sealed class Counter
    {
        readonly TimeSpan window;

        public Counter(int limit, TimeSpan window, DateTimeOffset now, int? start)
        {
            this.window = window;
            Limit = limit;
            ResetAt = now + window;
            SetRemaining(start ?? limit);
        }

        public int Limit { get; }
        public int Remaining { get; set; }
        public DateTimeOffset ResetAt { get; private set; }
        public CounterState State => new(Limit, Remaining, ResetAt);

        public void SetRemaining(int remaining) => Remaining = Math.Clamp(remaining, 0, Limit);

        public void Roll(DateTimeOffset now)
        {
            if (now >= ResetAt)
            {
                Remaining = Limit;
                ResetAt = now + window;
            }
        }
    }
}
