using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>An Imgur account as others see it (Imgur's Account model).</summary>
public sealed class ImgurAccount : ImgurObject
{
    /// <summary>The account id.</summary>
    public long Id { get; set; }

    /// <summary>The username, as used in /3/account/{username}.</summary>
    public string? Url { get; set; }

    /// <summary>The profile text, or null.</summary>
    public string? Bio { get; set; }

    /// <summary>The avatar image URL, or null.</summary>
    public string? Avatar { get; set; }

    /// <summary>The avatar's name, the value Set-ImgurAccountSetting -Avatar takes.</summary>
    public string? AvatarName { get; set; }

    /// <summary>The profile cover image URL, or null.</summary>
    public string? Cover { get; set; }

    /// <summary>The cover's name, or null.</summary>
    public string? CoverName { get; set; }

    /// <summary>The reputation points; can be negative.</summary>
    public double? Reputation { get; set; }

    /// <summary>The notoriety label of the reputation, e.g. Neutral or Trusted.</summary>
    public string? ReputationName { get; set; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset? Created { get; set; }

    /// <summary>When Imgur Pro ends; null when the account is not Pro (Imgur sends false).</summary>
    public DateTimeOffset? ProExpiration { get; set; }

    /// <summary>Whether the caller follows this user.</summary>
    public ImgurUserFollow? UserFollow { get; set; }

    /// <summary>Whether the caller has blocked this user.</summary>
    public bool? IsBlocked { get; set; }

    /// <summary>The username under the name the account cmdlets bind by property name (-Username).</summary>
    [JsonIgnore]
    public string? Username => Url;

    /// <summary>The account id under the name Get-ImgurAccount -AccountId binds.</summary>
    [JsonIgnore]
    public long AccountId => Id;

    /// <inheritdoc />
    public override string ToString() => Url ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Whether the caller follows a user (Imgur's user_follow object).</summary>
public sealed class ImgurUserFollow
{
    /// <summary>True when the caller follows the user.</summary>
    public bool Status { get; set; }

    /// <inheritdoc />
    public override string ToString() => Status ? "following" : "not following";
}
