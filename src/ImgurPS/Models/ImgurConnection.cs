using System;
using System.Security;
using ImgurPS.Client;

namespace ImgurPS.Models;

/// <summary>
/// A connection to Imgur, the handle a command takes with -Connection: its properties describe the session live
/// (the account once a call reveals it, the expiry after a refresh). The session and its secrets stay internal, so
/// that no output form (default view, Format-List *, ConvertTo-Json, Export-Clixml) ever carries a secret; the
/// refresh token leaves only as a SecureString through <see cref="GetRefreshToken"/>.
/// </summary>
public sealed class ImgurConnection : ImgurObject
{
    internal ImgurConnection(ImgurSession session) => Session = session;

    internal ImgurSession Session { get; }

    /// <summary>The API root the session sends requests to.</summary>
    public Uri BaseUri => Session.BaseUri;

    /// <summary>Anonymous (Client-ID) or User (Bearer token).</summary>
    public ImgurAuthMode AuthMode => Session.AuthMode;

    /// <summary>The application's client id.</summary>
    public string? ClientId => Session.ClientId;

    /// <summary>The signed-in account's username, when known.</summary>
    public string? Account => Session.AccountUsername;

    /// <summary>The signed-in account's id, when known.</summary>
    public long? AccountId => Session.AccountId;

    /// <summary>Whether requests go through the commercial marketplace (RapidAPI).</summary>
    public bool Commercial => Session.IsCommercial;

    /// <summary>When the access token expires, when known.</summary>
    public DateTimeOffset? AccessTokenExpiresAt => Session.AccessTokenExpiresAt;

    /// <summary>Whether the session can refresh its access token by itself.</summary>
    public bool CanRefresh => Session.CanRefresh;

    /// <summary>The file the session is saved in (Connect-Imgur -Persist), or null.</summary>
    public string? SavedAt => Session.SavedAt;

    /// <summary>
    /// The user's current refresh token, to keep in a vault or an Automation credential and connect unattended with
    /// later (Connect-Imgur -RefreshToken); null when the connection has none. Imgur may rotate it on refresh, so take
    /// it after the work is done.
    /// </summary>
    public SecureString? GetRefreshToken() => Session.RefreshToken is { } token ? SecureText.From(token) : null;

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
