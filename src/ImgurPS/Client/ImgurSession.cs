using System;
using System.Threading;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Client;

/// <summary>
/// Who the module talks to Imgur as, and where. It holds the secrets in memory only; nothing that prints a
/// session (ToString, the connection object) shows one.
/// </summary>
internal sealed class ImgurSession
{
    private ImgurRateLimit? _lastRateLimit;
    private ImgurRefreshRefusedException? _refreshRefused;
    private int _ended;

    public ImgurSession(Uri baseUri, string? clientId)
    {
        BaseUri = baseUri;
        ClientId = clientId;
        Connection = new ImgurConnection(this);
    }

    /// <summary>The one public handle of this session: every command that writes it writes this same object.</summary>
    public ImgurConnection Connection { get; }

    /// <summary>Whether Disconnect-Imgur ended this session; an ended session sends nothing more.</summary>
    public bool Ended => Volatile.Read(ref _ended) == 1;

    public Uri BaseUri { get; }

    public string? ClientId { get; }

    public string? ClientSecret { get; private set; }

    public string? AccessToken { get; private set; }

    public string? RefreshToken { get; private set; }

    public string? MarketplaceKey { get; private set; }

    /// <summary>The marketplace host named in x-rapidapi-host (Connect-Imgur -RapidApiHost).</summary>
    public string MarketplaceHost { get; set; } = ImgurEndpoint.CommercialHost;

    public string? AccountUsername { get; set; }

    public long? AccountId { get; set; }

    public DateTimeOffset? AccessTokenExpiresAt { get; set; }

    /// <summary>How long the current access token was issued for, when Imgur said so.</summary>
    public TimeSpan? AccessTokenLifetime { get; private set; }

    public ImgurAuthMode AuthMode => AccessToken is null ? ImgurAuthMode.Anonymous : ImgurAuthMode.User;

    /// <summary>Whether the session can get itself a new access token: it knows the app's secret and a refresh token.</summary>
    public bool CanRefresh => ClientId is not null && ClientSecret is not null && RefreshToken is not null;

    /// <summary>Called after a refresh changed the tokens: a saved session writes the newest refresh token back.</summary>
    public Action<ImgurSession>? TokensRefreshed { get; set; }

    /// <summary>How long an attempt waits for Imgur's answer in this session (Connect-Imgur -TimeoutSec); null follows Set-ImgurOption.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Where this session is saved, when it is.</summary>
    public string? SavedAt { get; set; }

    /// <summary>What the session's answers have shown, for tab completion.</summary>
    public SeenItems Seen { get; } = new();

    /// <summary>The answers this session keeps for conditional requests.</summary>
    public Handlers.ETagCache ETags { get; } = new();

    /// <summary>Guards <see cref="CreditsInFlight"/>.</summary>
    public object CreditGate { get; } = new();

    /// <summary>The cost of the requests sent but not yet answered, booked by the credit guard.</summary>
    public long CreditsInFlight { get; set; }

    /// <summary>Whether the session has warned that the application's credits run low.</summary>
    public bool LowCreditsWarned { get; set; }

    /// <summary>The deprecated endpoints this session has already warned about.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, byte> SunsetsWarned { get; } = new();

    /// <summary>
    /// Imgur's refusal of this session's refresh token, once it has refused it: later requests fail at once instead
    /// of asking again. Only a new session (Connect-Imgur) clears it.
    /// </summary>
    public ImgurRefreshRefusedException? RefreshRefused
    {
        get => Volatile.Read(ref _refreshRefused);
        set => Volatile.Write(ref _refreshRefused, value);
    }

    /// <summary>Lets one request at a time refresh the access token.</summary>
    public SemaphoreSlim RefreshGate { get; } = new(1, 1);

    public bool IsCommercial => MarketplaceKey is not null;

    /// <summary>The latest known rate limits: each family's newest reading, kept until its reset.</summary>
    public ImgurRateLimit? LastRateLimit
    {
        get => Volatile.Read(ref _lastRateLimit);
        set => Volatile.Write(ref _lastRateLimit, value);
    }

    /// <summary>Takes in a newer reading without forgetting the families it does not carry.</summary>
    public void RememberRateLimit(ImgurRateLimit reading)
    {
        lock (CreditGate) LastRateLimit = reading.Over(LastRateLimit);
    }

    public void SetClientSecret(string? secret) => ClientSecret = Remember(secret);

    public void SetAccessToken(string? token) => AccessToken = Remember(token);

    public void SetRefreshToken(string? token) => RefreshToken = Remember(token);

    public void SetMarketplaceKey(string? key) => MarketplaceKey = Remember(key);

    /// <summary>
    /// Takes in who the token belongs to, when an answer reveals it and the session did not know yet (a session made
    /// from an access token alone learns its account this way).
    /// </summary>
    public void LearnAccount(string? username, long? id)
    {
        if (AuthMode != ImgurAuthMode.User) return;
        if (AccountUsername is null && !string.IsNullOrEmpty(username)) AccountUsername = username;
        if (AccountId is null && id is not null) AccountId = id;
    }

    /// <summary>Records the lifetime Imgur gave a new access token (expires_in, in seconds), or that it gave none.</summary>
    public void SetAccessTokenLifetime(long? seconds)
    {
        AccessTokenLifetime = seconds is { } value ? TimeSpan.FromSeconds(value) : null;
        AccessTokenExpiresAt = seconds is { } ? DateTimeOffset.UtcNow + AccessTokenLifetime : null;
    }

    /// <summary>Ends the session for good: its secrets are forgotten and its commands stop before sending.</summary>
    public void End()
    {
        Interlocked.Exchange(ref _ended, 1);
        AccessToken = null;
        RefreshToken = null;
        ClientSecret = null;
        MarketplaceKey = null;
    }

    /// <summary>The session's handle as Get-ImgurConnection shows it, with the rate limits of the last response.</summary>
    public ImgurConnection ToConnection() => Connection.StampedWith(LastRateLimit);

    public override string ToString() => $"{AuthMode} session for {AccountUsername ?? ClientId} at {BaseUri}";

    private static string? Remember(string? secret)
    {
        Redaction.Register(secret);
        return string.IsNullOrEmpty(secret) ? null : secret;
    }
}
