using System;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Models;

namespace ImgurPS.Client;

/// <summary>Refused to spend credits: the application's reserve, or an allowance that resets too late to wait for.</summary>
public sealed class ImgurCreditException : Exception
{
    internal ImgurCreditException(string reason, string advice, DateTimeOffset? resetsAt, Exception? inner = null)
        : base($"{reason} {advice}", inner)
    {
        Reason = reason;
        ResetsAt = resetsAt;
    }

    /// <summary>What was refused and why, without the advice: a batch that stops adds its own.</summary>
    public string Reason { get; }

    /// <summary>When the credits come back, when known.</summary>
    public DateTimeOffset? ResetsAt { get; }
}

/// <summary>
/// Keeps the app out of trouble (spec 1.9): Imgur blocks an application for the rest of the month when it spends
/// its daily credits five times. Before each request the guard compares the last known limits with the request's
/// cost: it refuses to dip into the application's reserve, waits for a user or POST allowance that resets soon,
/// and stops when the reset is far. After each answer it warns once when the application's credits run low.
/// </summary>
internal sealed class ImgurCreditGuard
{
    /// <summary>The share of the daily application credits never spent; 0 turns the reserve off.</summary>
    public double ReserveShare { get; set; } = 0.10;

    /// <summary>Below this share of the daily application credits, the session is warned once.</summary>
    public double WarningShare { get; set; } = 0.20;

    /// <summary>
    /// Checks a request against the last known limits and, when it may go, books its cost until the returned hold
    /// is disposed: concurrent uploads see each other's spending before any of their answers arrive.
    /// </summary>
    public async Task<IDisposable?> CheckAsync(ImgurCall call, ImgurRequest request)
    {
        var session = call.Session;
        if (session.IsCommercial || request.Cost == 0 || session.LastRateLimit is null) return null;

        var limit = session.LastRateLimit;
        var now = DateTimeOffset.UtcNow;
        if (limit.UserRemaining < request.Cost) await WaitForReset(call, request, limit.UserReset, "hourly user credits are", now).ConfigureAwait(false);
        if (request.Method == HttpMethod.Post && limit.PostRemaining <= 0) await WaitForReset(call, request, limit.PostReset, "hourly POST allowance is", now).ConfigureAwait(false);

        lock (session.CreditGate)
        {
            limit = session.LastRateLimit!;
            if (ReserveShare > 0 && limit is { ClientLimit: { } daily, ClientRemaining: { } left } && !HasReset(limit.ClientReset, DateTimeOffset.UtcNow))
            {
                var reserve = (long)Math.Ceiling(daily * ReserveShare);
                var available = left - session.CreditsInFlight;
                if (available - request.Cost < reserve)
                {
                    throw new ImgurCreditException(
                        $"{request.Method.Method} /{request.Path} would cost {request.Cost} of the application's last {available} daily credits, and ImgurPS keeps {reserve} of {daily} in reserve: "
                        + $"Imgur blocks an application for the month when it runs out five times. The credits reset {When(limit.ClientReset)}.",
                        "Change the reserve with Set-ImgurOption -CreditReservePercent.",
                        limit.ClientReset);
                }
            }

            session.CreditsInFlight += request.Cost;
        }
        return new Booking(session, request.Cost);
    }

    /// <summary>Warns once per session when the application's daily credits fall below the warning share.</summary>
    public void Observe(ImgurCall call, ImgurRateLimit limit)
    {
        if (limit is not { ClientLimit: { } daily and > 0, ClientRemaining: { } left } || left >= daily * WarningShare) return;
        if (call.Session.LowCreditsWarned) return;
        call.Session.LowCreditsWarned = true;
        call.Warning?.Invoke($"Only {left} of the application's {daily} daily Imgur credits are left; they reset {When(limit.ClientReset)}. An upload costs 10.");
    }

    // allowanceIs: the allowance with its verb ("hourly user credits are").
    private static async Task WaitForReset(ImgurCall call, ImgurRequest request, DateTimeOffset? reset, string allowanceIs, DateTimeOffset now)
    {
        if (HasReset(reset, now)) return;
        var wait = reset is { } when ? when - now : (TimeSpan?)null;
        if (wait is null || wait > call.Retry.MaxWait)
        {
            throw new ImgurCreditException(
                $"The {allowanceIs} spent, so {request.Method.Method} /{request.Path} was not sent. The allowance resets {When(reset)}.",
                "Run the command again then.",
                reset);
        }

        call.Note?.Invoke($"The {allowanceIs} spent; waiting {wait.Value.TotalSeconds:0} s for the allowance to reset.");
        await Task.Delay(wait.Value, call.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives a request's booked cost back once its answer (and so the new limits) arrived, or it failed.</summary>
    private sealed class Booking : IDisposable
    {
        private ImgurSession? _session;
        private readonly int _cost;

        public Booking(ImgurSession session, int cost)
        {
            _session = session;
            _cost = cost;
        }

        public void Dispose()
        {
            if (_session is null) return;
            lock (_session.CreditGate) _session.CreditsInFlight -= _cost;
            _session = null;
        }
    }

    // Limits read before their reset time tell nothing about now.
    private static bool HasReset(DateTimeOffset? reset, DateTimeOffset now) => reset is { } when && when <= now;

    private static string When(DateTimeOffset? reset) =>
        reset is { } when ? $"at {when.ToLocalTime():HH:mm} ({when:u})" : "at a time Imgur did not say";
}
