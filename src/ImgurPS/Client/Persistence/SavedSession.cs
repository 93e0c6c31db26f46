using System;

namespace ImgurPS.Client.Persistence;

/// <summary>What a saved session keeps: enough to sign in again without the user. Never the access token.</summary>
internal sealed class SavedSession
{
    public string? BaseUri { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? RefreshToken { get; set; }

    public string? MarketplaceKey { get; set; }

    public string? MarketplaceHost { get; set; }

    public string? AccountUsername { get; set; }

    public long? AccountId { get; set; }

    public static SavedSession From(ImgurSession session) => new()
    {
        BaseUri = session.BaseUri.AbsoluteUri,
        ClientId = session.ClientId,
        ClientSecret = session.ClientSecret,
        RefreshToken = session.RefreshToken,
        MarketplaceKey = session.MarketplaceKey,
        MarketplaceHost = session.MarketplaceHost,
        AccountUsername = session.AccountUsername,
        AccountId = session.AccountId,
    };

    /// <summary>A session to sign in with; its access token comes from the refresh token.</summary>
    public ImgurSession ToSession()
    {
        var session = new ImgurSession(ImgurEndpoint.Validate(new Uri(BaseUri ?? ImgurEndpoint.Default.AbsoluteUri)), ClientId);
        session.SetClientSecret(ClientSecret);
        session.SetRefreshToken(RefreshToken);
        session.SetMarketplaceKey(MarketplaceKey);
        session.MarketplaceHost = ImgurEndpoint.ValidateHost(MarketplaceHost ?? ImgurEndpoint.CommercialHost);
        session.AccountUsername = AccountUsername;
        session.AccountId = AccountId;
        return session;
    }
}
