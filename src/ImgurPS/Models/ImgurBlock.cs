using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>Whether the signed-in user blocks a user (AC-30 to AC-32).</summary>
public sealed class ImgurBlockStatus : ImgurObject
{
    /// <summary>The user asked about (Imgur does not send it).</summary>
    [JsonIgnore]
    public string? Username { get; set; }

    /// <summary>True when the user is blocked.</summary>
    public bool Blocked { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Username}: {(Blocked ? "blocked" : "not blocked")}";
}

/// <summary>An entry of the signed-in user's block list (AC-33).</summary>
public sealed class ImgurBlockedAccount : ImgurObject
{
    /// <summary>The blocked user's username.</summary>
    public string? Url { get; set; }

    /// <summary>The username under the name the account cmdlets bind by property name (-Username), e.g. Unblock-ImgurAccount.</summary>
    [JsonIgnore]
    public string? Username => Url;

    /// <inheritdoc />
    public override string ToString() => Url ?? string.Empty;
}
