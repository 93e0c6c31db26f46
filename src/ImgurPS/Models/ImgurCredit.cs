using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>The caller's credits as /3/credits reports them (Imgur's Credits model, PascalCase on the wire).</summary>
public sealed class ImgurCredit : ImgurObject
{
    /// <summary>Credits for this user or IP per period.</summary>
    [JsonPropertyName("UserLimit")]
    public long UserLimit { get; set; }

    /// <summary>User credits left.</summary>
    [JsonPropertyName("UserRemaining")]
    public long UserRemaining { get; set; }

    /// <summary>When the user credits reset.</summary>
    [JsonPropertyName("UserReset")]
    public DateTimeOffset? UserReset { get; set; }

    /// <summary>Daily credits of the application.</summary>
    [JsonPropertyName("ClientLimit")]
    public long ClientLimit { get; set; }

    /// <summary>Application credits left today.</summary>
    [JsonPropertyName("ClientRemaining")]
    public long ClientRemaining { get; set; }

    /// <summary>The counts as a rate-limit reading: /3/credits answers without rate-limit headers (spec Q8).</summary>
    internal ImgurRateLimit AsRateLimit(DateTimeOffset observedAt) => new()
    {
        UserLimit = UserLimit,
        UserRemaining = UserRemaining,
        UserReset = UserReset,
        ClientLimit = ClientLimit,
        ClientRemaining = ClientRemaining,
        ObservedAt = observedAt,
    };

    /// <inheritdoc />
    public override string ToString() => $"Client {ClientRemaining}/{ClientLimit}, User {UserRemaining}/{UserLimit}";
}
