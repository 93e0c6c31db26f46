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

    /// <inheritdoc />
    public override string ToString() =>
        MarketplaceRemaining is { } market
            ? $"Marketplace {market}/{MarketplaceLimit}"
            : $"Client {ClientRemaining}/{ClientLimit}, User {UserRemaining}/{UserLimit}"
              + (PostRemaining is { } post ? $", Post {post}/{PostLimit}" : string.Empty);
}
