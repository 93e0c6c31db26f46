using System;

namespace ImgurPS.Models;

/// <summary>How the session talks to Imgur: the endpoint, the auth mode and the account. It never holds a secret.</summary>
public sealed class ImgurConnection : ImgurObject
{
    /// <summary>The API root the session sends requests to.</summary>
    public Uri? BaseUri { get; set; }

    /// <summary>Anonymous (Client-ID) or User (Bearer token).</summary>
    public ImgurAuthMode AuthMode { get; set; }

    /// <summary>The application's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The signed-in account's username, when known.</summary>
    public string? Account { get; set; }

    /// <summary>The signed-in account's id, when known.</summary>
    public long? AccountId { get; set; }

    /// <summary>Whether requests go through the commercial marketplace (RapidAPI).</summary>
    public bool Commercial { get; set; }

    /// <summary>When the access token expires, when known.</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; set; }

    /// <summary>Whether the session can refresh its access token by itself.</summary>
    public bool CanRefresh { get; set; }

    /// <summary>The file the session is saved in (Connect-Imgur -Persist), or null.</summary>
    public string? SavedAt { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{AuthMode} {Account ?? ClientId} at {BaseUri}";
}

/// <summary>How requests are authorized.</summary>
public enum ImgurAuthMode
{
    /// <summary>Application-only: Authorization: Client-ID.</summary>
    Anonymous,

    /// <summary>As a user: Authorization: Bearer.</summary>
    User,
}
