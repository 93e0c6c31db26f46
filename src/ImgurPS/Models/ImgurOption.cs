using System;

namespace ImgurPS.Models;

/// <summary>How ImgurPS behaves for every session of this import (Get-ImgurOption, Set-ImgurOption).</summary>
public sealed class ImgurOption
{
    /// <summary>How many times a failed request is sent again (0 turns retrying off).</summary>
    public int MaxRetry { get; set; }

    /// <summary>The first wait before a retry; each further retry doubles it, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; }

    /// <summary>The longest wait ImgurPS accepts before a retry (Retry-After, a rate-limit reset, or backoff).</summary>
    public TimeSpan MaxRetryWait { get; set; }

    /// <summary>
    /// How long one attempt waits for Imgur's answer; the attempts of a request wait twice that in all, and an upload
    /// first gets this plus a second per 64 KB of its body to send it.
    /// </summary>
    public TimeSpan Timeout { get; set; }

    /// <summary>The percentage of the application's daily credits ImgurPS never spends (0 turns the reserve off).</summary>
    public int CreditReservePercent { get; set; }

    /// <summary>Below this percentage of the application's daily credits, a session warns once.</summary>
    public int LowCreditWarningPercent { get; set; }

    /// <summary>Whether GETs are conditional: the remembered answer is reused when Imgur says 304 Not Modified.</summary>
    public bool UseETag { get; set; }
}
