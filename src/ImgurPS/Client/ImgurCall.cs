using System;
using System.Net.Http;
using System.Threading;
using ImgurPS.Models;

namespace ImgurPS.Client;

/// <summary>What one cmdlet invocation brings to every request it makes: who, in which format, and how to stop.</summary>
internal sealed class ImgurCall
{
    private const string PropertyKey = "ImgurPS.Call";
    private const string RateLimitKey = "ImgurPS.RateLimit";

    public ImgurCall(ImgurSession session, ImgurFormat format, CancellationToken cancellationToken, Action<ImgurRequestTrace>? trace = null, Action<string>? note = null)
    {
        Session = session;
        Format = format;
        CancellationToken = cancellationToken;
        Trace = trace;
        Note = note;
    }

    public ImgurSession Session { get; }

    public ImgurFormat Format { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Told about each finished request (the cmdlet turns it into a Verbose line).</summary>
    public Action<ImgurRequestTrace>? Trace { get; }

    /// <summary>Whether traces carry the masked headers; only the Debug stream shows them, and describing costs time.</summary>
    public bool TraceHeaders { get; set; } = true;

    /// <summary>Told what the client decided on its own, such as a retry (the cmdlet shows it as Verbose).</summary>
    public Action<string>? Note { get; }

    /// <summary>Told what a user should be warned about, such as a deprecated endpoint.</summary>
    public Action<string>? Warning { get; set; }

    /// <summary>Whether GETs are conditional (If-None-Match with the remembered ETag).</summary>
    public bool UseETags { get; set; } = true;

    /// <summary>What the call may spend of the rate limits.</summary>
    public ImgurCreditGuard CreditGuard { get; set; } = new();

    /// <summary>When failed requests are sent again.</summary>
    public ImgurRetryPolicy Retry { get; set; } = new();

    /// <summary>How long an attempt may wait for Imgur's answer; see <see cref="AnswerTimer"/> for uploads and retries.</summary>
    public TimeSpan Timeout { get; set; } = AnswerTimer.DefaultTimeout;

    internal void AttachTo(HttpRequestMessage request) => request.Properties[PropertyKey] = this;

    internal static ImgurCall? Of(HttpRequestMessage request) =>
        request.Properties.TryGetValue(PropertyKey, out var call) ? call as ImgurCall : null;

    internal static void SetRateLimit(HttpRequestMessage request, ImgurRateLimit limit) => request.Properties[RateLimitKey] = limit;

    internal static ImgurRateLimit? RateLimitOf(HttpRequestMessage request) =>
        request.Properties.TryGetValue(RateLimitKey, out var limit) ? limit as ImgurRateLimit : null;
}

/// <summary>One finished request: a summary line for Verbose and masked headers for Debug; never a body.</summary>
internal sealed class ImgurRequestTrace
{
    public ImgurRequestTrace(string method, string path, int? status, TimeSpan elapsed, ImgurRateLimit? rateLimit, string details)
    {
        Method = method;
        Path = path;
        Status = status;
        Elapsed = elapsed;
        RateLimit = rateLimit;
        Details = details;
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public int? Status { get; }

    public TimeSpan Elapsed { get; }

    public ImgurRateLimit? RateLimit { get; }

    /// <summary>The request line and the headers both ways, credentials masked (for the Debug stream); empty when not asked for.</summary>
    public string Details { get; }

    public override string ToString()
    {
        var outcome = Status is { } status ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no response";
        var limits = RateLimit is null ? string.Empty : $"; {RateLimit}";
        return $"{Method} {Path} -> {outcome} in {Elapsed.TotalMilliseconds:0} ms{limits}";
    }
}
