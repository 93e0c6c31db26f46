using System;
using System.Collections.Generic;

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

    /// <summary>Where each value came from: the default, the user's settings file, or Set-ImgurOption in this process.</summary>
    public ImgurOptionSources Source { get; } = new();

    /// <summary>The file that Set-ImgurOption -Scope CurrentUser saves to and later sessions read.</summary>
    public string? SettingsFile { get; set; }
}

/// <summary>Where each of an <see cref="ImgurOption"/>'s values came from; the property names are the option's.</summary>
public sealed class ImgurOptionSources
{
    /// <summary>Where MaxRetry came from.</summary>
    public ImgurOptionSource MaxRetry { get; set; }

    /// <summary>Where RetryDelay came from.</summary>
    public ImgurOptionSource RetryDelay { get; set; }

    /// <summary>Where MaxRetryWait came from.</summary>
    public ImgurOptionSource MaxRetryWait { get; set; }

    /// <summary>Where Timeout came from.</summary>
    public ImgurOptionSource Timeout { get; set; }

    /// <summary>Where CreditReservePercent came from.</summary>
    public ImgurOptionSource CreditReservePercent { get; set; }

    /// <summary>Where LowCreditWarningPercent came from.</summary>
    public ImgurOptionSource LowCreditWarningPercent { get; set; }

    /// <summary>Where UseETag came from.</summary>
    public ImgurOptionSource UseETag { get; set; }

    /// <summary>The options that are not at their defaults, with their sources ("MaxRetry=CurrentUser, Timeout=Process"), or Default.</summary>
    public override string ToString()
    {
        var changed = new List<string>();
        foreach (var (name, source) in new[]
        {
            (nameof(MaxRetry), MaxRetry), (nameof(RetryDelay), RetryDelay), (nameof(MaxRetryWait), MaxRetryWait), (nameof(Timeout), Timeout),
            (nameof(CreditReservePercent), CreditReservePercent), (nameof(LowCreditWarningPercent), LowCreditWarningPercent), (nameof(UseETag), UseETag),
        })
        {
            if (source != ImgurOptionSource.Default) changed.Add($"{name}={source}");
        }
        return changed.Count == 0 ? nameof(ImgurOptionSource.Default) : string.Join(", ", changed);
    }
}

/// <summary>Where an option's value came from, from the weakest to the strongest.</summary>
public enum ImgurOptionSource
{
    /// <summary>ImgurPS's default.</summary>
    Default,

    /// <summary>The user's settings file, saved with Set-ImgurOption -Scope CurrentUser.</summary>
    CurrentUser,

    /// <summary>Set-ImgurOption -Scope Process in this PowerShell process.</summary>
    Process,
}

/// <summary>Where Set-ImgurOption makes a change.</summary>
public enum ImgurOptionScope
{
    /// <summary>This PowerShell process only, until the module is removed.</summary>
    Process,

    /// <summary>The user's settings file, which later sessions read, and this process.</summary>
    CurrentUser,
}
