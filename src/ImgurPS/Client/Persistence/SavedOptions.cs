using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImgurPS.Client.Persistence;

/// <summary>
/// The options a user saved with Set-ImgurOption -Scope CurrentUser: only those they set, each null when the file
/// does not name it. Names the file holds that this version does not know are kept, so that saving with an older
/// version does not drop what a newer one wrote.
/// </summary>
internal sealed class SavedOptions
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxRetry { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RetryDelaySec { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxRetryWaitSec { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TimeoutSec { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? CreditReservePercent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? LowCreditWarningPercent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("use_etag")]
    public bool? UseETag { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    /// <summary>Copies the values <paramref name="changes"/> sets over this one's.</summary>
    public void Merge(SavedOptions changes)
    {
        MaxRetry = changes.MaxRetry ?? MaxRetry;
        RetryDelaySec = changes.RetryDelaySec ?? RetryDelaySec;
        MaxRetryWaitSec = changes.MaxRetryWaitSec ?? MaxRetryWaitSec;
        TimeoutSec = changes.TimeoutSec ?? TimeoutSec;
        CreditReservePercent = changes.CreditReservePercent ?? CreditReservePercent;
        LowCreditWarningPercent = changes.LowCreditWarningPercent ?? LowCreditWarningPercent;
        UseETag = changes.UseETag ?? UseETag;
    }

    /// <summary>Clears the values that <paramref name="keys"/> sets, whatever they are here.</summary>
    public void Forget(SavedOptions keys)
    {
        if (keys.MaxRetry.HasValue) MaxRetry = null;
        if (keys.RetryDelaySec.HasValue) RetryDelaySec = null;
        if (keys.MaxRetryWaitSec.HasValue) MaxRetryWaitSec = null;
        if (keys.TimeoutSec.HasValue) TimeoutSec = null;
        if (keys.CreditReservePercent.HasValue) CreditReservePercent = null;
        if (keys.LowCreditWarningPercent.HasValue) LowCreditWarningPercent = null;
        if (keys.UseETag.HasValue) UseETag = null;
    }

    /// <summary>
    /// Drops each value outside its range (<see cref="OptionLimits"/>) and says which, as "max_retry 99 (allowed: 0 to 10)",
    /// so that a hand-edited file is never trusted beyond what Set-ImgurOption accepts.
    /// </summary>
    public List<string> DropOutOfRange()
    {
        var dropped = new List<string>();
        MaxRetry = Within(MaxRetry, OptionLimits.MinRetry, OptionLimits.MaxRetry, "max_retry", dropped);
        RetryDelaySec = Within(RetryDelaySec, OptionLimits.MinRetryDelaySec, OptionLimits.MaxRetryDelaySec, "retry_delay_sec", dropped);
        MaxRetryWaitSec = Within(MaxRetryWaitSec, OptionLimits.MinRetryWaitSec, OptionLimits.MaxRetryWaitSec, "max_retry_wait_sec", dropped);
        TimeoutSec = Within(TimeoutSec, OptionLimits.MinTimeoutSec, OptionLimits.MaxTimeoutSec, "timeout_sec", dropped);
        CreditReservePercent = Within(CreditReservePercent, OptionLimits.MinReservePercent, OptionLimits.MaxReservePercent, "credit_reserve_percent", dropped);
        LowCreditWarningPercent = Within(LowCreditWarningPercent, OptionLimits.MinWarningPercent, OptionLimits.MaxWarningPercent, "low_credit_warning_percent", dropped);
        return dropped;
    }

    private static int? Within(int? value, int min, int max, string name, List<string> dropped)
    {
        if (value is not { } given || (given >= min && given <= max)) return value;
        dropped.Add($"{name} {given} (allowed: {min} to {max})");
        return null;
    }

    // NaN fails both comparisons, so it is dropped too.
    private static double? Within(double? value, double min, double max, string name, List<string> dropped)
    {
        if (value is not { } given || (given >= min && given <= max)) return value;
        dropped.Add(FormattableString.Invariant($"{name} {given} (allowed: {min} to {max})"));
        return null;
    }
}

/// <summary>The ranges of the options, shared by Set-ImgurOption's validation and the settings file.</summary>
internal static class OptionLimits
{
    public const int MinRetry = 0, MaxRetry = 10;
    public const double MinRetryDelaySec = 0.0, MaxRetryDelaySec = 60.0;
    public const int MinRetryWaitSec = 0, MaxRetryWaitSec = 3600;
    public const int MinTimeoutSec = 1, MaxTimeoutSec = 3600;
    public const int MinReservePercent = 0, MaxReservePercent = 50;
    public const int MinWarningPercent = 0, MaxWarningPercent = 100;
}
