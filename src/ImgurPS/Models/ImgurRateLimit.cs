using System;

namespace ImgurPS.Models;

/// <summary>The rate-limit headers of one Imgur response (X-RateLimit-* and X-Post-Rate-Limit-*).</summary>
public sealed class ImgurRateLimit
{
    /// <summary>Credits allocated to the caller (user or IP) per period.</summary>
    public long? UserLimit { get; set; }

    /// <summary>User credits left in this period.</summary>
    public long? UserRemaining { get; set; }

    /// <summary>When the user credits reset.</summary>
    public DateTimeOffset? UserReset { get; set; }

    /// <summary>Credits allocated to the application per day.</summary>
    public long? ClientLimit { get; set; }

    /// <summary>Application credits left today.</summary>
    public long? ClientRemaining { get; set; }

    /// <summary>When the application credits reset.</summary>
    public DateTimeOffset? ClientReset { get; set; }

    /// <summary>POST requests allowed per hour; only on responses to POST requests.</summary>
    public long? PostLimit { get; set; }

    /// <summary>POST requests left in this hour.</summary>
    public long? PostRemaining { get; set; }

    /// <summary>When the POST allowance resets.</summary>
    public DateTimeOffset? PostReset { get; set; }

    /// <summary>Requests allowed by the commercial marketplace (RapidAPI); only in commercial mode.</summary>
    public long? MarketplaceLimit { get; set; }

    /// <summary>Requests left with the commercial marketplace.</summary>
    public long? MarketplaceRemaining { get; set; }

    /// <summary>When ImgurPS read these headers.</summary>
    public DateTimeOffset ObservedAt { get; set; }

    /// <summary>
    /// This reading with the families it lacks taken from an earlier one whose reset has not passed: a GET's answer
    /// carries no POST limits, and /3/credits no headers at all, yet the earlier counts still hold.
    /// </summary>
    internal ImgurRateLimit Over(ImgurRateLimit? earlier)
    {
        if (earlier is null) return this;
        var merged = (ImgurRateLimit)MemberwiseClone();
        if (UserRemaining is null && Holds(earlier.UserReset))
        {
            (merged.UserLimit, merged.UserRemaining, merged.UserReset) = (earlier.UserLimit, earlier.UserRemaining, earlier.UserReset);
        }
        if (ClientRemaining is null && Holds(earlier.ClientReset))
        {
            (merged.ClientLimit, merged.ClientRemaining, merged.ClientReset) = (earlier.ClientLimit, earlier.ClientRemaining, earlier.ClientReset);
        }
        if (PostRemaining is null && Holds(earlier.PostReset))
        {
            (merged.PostLimit, merged.PostRemaining, merged.PostReset) = (earlier.PostLimit, earlier.PostRemaining, earlier.PostReset);
        }
        if (MarketplaceRemaining is null)
        {
            (merged.MarketplaceLimit, merged.MarketplaceRemaining) = (earlier.MarketplaceLimit, earlier.MarketplaceRemaining);
        }
        return merged;
    }

    private bool Holds(DateTimeOffset? reset) => reset is null || reset > ObservedAt;

    /// <inheritdoc />
    public override string ToString() =>
        MarketplaceRemaining is { } market
            ? $"Marketplace {market}/{MarketplaceLimit}"
            : $"Client {ClientRemaining}/{ClientLimit}, User {UserRemaining}/{UserLimit}"
              + (PostRemaining is { } post ? $", Post {post}/{PostLimit}" : string.Empty);
}
