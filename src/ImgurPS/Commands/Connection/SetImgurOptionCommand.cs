using System;
using System.Management.Automation;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>Set-ImgurOption: changes how long ImgurPS waits for answers, how it retries failed requests, uses ETags and guards credits, for every session of this import.</summary>
[Cmdlet(VerbsCommon.Set, "ImgurOption", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpPages.Root + "Set-ImgurOption.md")]
[OutputType(typeof(ImgurOption))]
public sealed class SetImgurOptionCommand : PSCmdlet
{
    /// <summary>How many times a failed request is sent again, 0 to 10; 0 turns retrying off. The default is 3.</summary>
    [Parameter]
    [ValidateRange(0, 10)]
    public int? MaxRetry { get; set; }

    /// <summary>The first wait before a retry, in seconds; each further retry doubles it, with jitter. The default is 1.</summary>
    [Parameter]
    [ValidateRange(0.0, 60.0)]
    public double? RetryDelaySec { get; set; }

    /// <summary>The longest wait accepted before a retry, in seconds, from Retry-After, a rate-limit reset or backoff; a longer one makes the request fail. The default is 60.</summary>
    [Parameter]
    [ValidateRange(0, 3600)]
    public int? MaxRetryWaitSec { get; set; }

    /// <summary>
    /// How long one attempt waits for Imgur's answer, in seconds (1 to 3600). The attempts of a request wait twice
    /// that in all; an upload first gets this plus a second per 64 KB of its body to send it. The default is 30.
    /// </summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int? TimeoutSec { get; set; }

    /// <summary>The percentage (0 to 50) of the application's daily credits never spent, so the app is not blocked for the month; 0 turns the reserve off. The default is 10.</summary>
    [Parameter]
    [ValidateRange(0, 50)]
    public int? CreditReservePercent { get; set; }

    /// <summary>Below this percentage (0 to 100) of the application's daily credits, a session warns once. The default is 20.</summary>
    [Parameter]
    [ValidateRange(0, 100)]
    public int? LowCreditWarningPercent { get; set; }

    /// <summary>Whether GETs send If-None-Match and reuse the remembered answer on 304 Not Modified (default $true).</summary>
    [Parameter]
    public bool? UseETag { get; set; }

    /// <summary>Writes the options as they are now.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!ShouldProcess("ImgurPS options", "Change")) return;

        var policy = ImgurModule.RetryPolicy;
        if (MaxRetry is { } retries) policy.MaxRetries = retries;
        if (RetryDelaySec is { } delay) policy.BaseDelay = TimeSpan.FromSeconds(delay);
        if (MaxRetryWaitSec is { } wait) policy.MaxWait = TimeSpan.FromSeconds(wait);
        if (TimeoutSec is { } timeout) ImgurModule.Timeout = TimeSpan.FromSeconds(timeout);
        if (UseETag is { } conditional) ImgurModule.UseETags = conditional;
        if (CreditReservePercent is { } reserve) ImgurModule.CreditGuard.ReserveShare = reserve / 100.0;
        if (LowCreditWarningPercent is { } warning) ImgurModule.CreditGuard.WarningShare = warning / 100.0;
        if (PassThru) WriteObject(ImgurOptions.Current());
    }
}

/// <summary>The module's options as the object the option cmdlets write.</summary>
internal static class ImgurOptions
{
    public static ImgurOption Current() => new()
    {
        MaxRetry = ImgurModule.RetryPolicy.MaxRetries,
        RetryDelay = ImgurModule.RetryPolicy.BaseDelay,
        MaxRetryWait = ImgurModule.RetryPolicy.MaxWait,
        Timeout = ImgurModule.Timeout,
        UseETag = ImgurModule.UseETags,
        CreditReservePercent = (int)Math.Round(ImgurModule.CreditGuard.ReserveShare * 100),
        LowCreditWarningPercent = (int)Math.Round(ImgurModule.CreditGuard.WarningShare * 100),
    };
}
