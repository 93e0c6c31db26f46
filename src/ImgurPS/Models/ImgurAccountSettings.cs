using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>The signed-in user's account settings (Imgur's Account Settings model).</summary>
public sealed class ImgurAccountSettings : ImgurObject
{
    /// <summary>The username.</summary>
    public string? AccountUrl { get; set; }

    /// <summary>The primary email address.</summary>
    public string? Email { get; set; }

    /// <summary>The avatar, when Imgur includes it.</summary>
    public string? Avatar { get; set; }

    /// <summary>Whether uploads are kept at high quality (Pro).</summary>
    public bool? HighQuality { get; set; }

    /// <summary>Whether new uploads are public by default.</summary>
    public bool? PublicImages { get; set; }

    /// <summary>Default album privacy: public, hidden or secret (deprecated by Imgur).</summary>
    public string? AlbumPrivacy { get; set; }

    /// <summary>When Imgur Pro ends; null when the account is not Pro.</summary>
    public DateTimeOffset? ProExpiration { get; set; }

    /// <summary>Whether the user accepted the gallery terms.</summary>
    public bool? AcceptedGalleryTerms { get; set; }

    /// <summary>The verified email addresses.</summary>
    public string[]? ActiveEmails { get; set; }

    /// <summary>Whether others may send the user private messages.</summary>
    public bool? MessagingEnabled { get; set; }

    /// <summary>Whether reply notifications are on.</summary>
    public bool? CommentReplies { get; set; }

    /// <summary>The users this user has blocked.</summary>
    public ImgurBlockedUser[]? BlockedUsers { get; set; }

    /// <summary>Whether mature content is shown.</summary>
    public bool? ShowMature { get; set; }

    /// <summary>Whether the user gets Imgur's newsletter.</summary>
    public bool? NewsletterSubscribed { get; set; }

    /// <summary>Imgur's first_party flag (undocumented; appears to mark a first-party login).</summary>
    public bool? FirstParty { get; set; }

    /// <summary>The username under the name the account cmdlets bind by property name (-Username).</summary>
    [JsonIgnore]
    public string? Username => AccountUrl;

    /// <inheritdoc />
    public override string ToString() => AccountUrl ?? string.Empty;
}

/// <summary>A user on the settings' block list.</summary>
public sealed class ImgurBlockedUser
{
    /// <summary>The blocked account's id.</summary>
    public long BlockedId { get; set; }

    /// <summary>The blocked account's username.</summary>
    public string? BlockedUrl { get; set; }

    /// <summary>The username under the name the account cmdlets bind by property name (-Username).</summary>
    [JsonIgnore]
    public string? Username => BlockedUrl;

    /// <inheritdoc />
    public override string ToString() => BlockedUrl ?? string.Empty;
}
