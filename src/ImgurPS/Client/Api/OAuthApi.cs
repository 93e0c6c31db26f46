using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;

namespace ImgurPS.Client.Api;

/// <summary>The OAuth 2 token endpoint (spec 1.14, OA-02).</summary>
internal static class OAuthApi
{
    /// <summary>Trades the session's refresh token for a new access token and stores the answer in the session.</summary>
    public static async Task<ImgurSession> RefreshAccessTokenAsync(this ImgurApiClient client, ImgurCall call)
    {
        var session = call.Session;
        if (session.ClientId is null || session.ClientSecret is null || session.RefreshToken is null)
        {
            throw new InvalidOperationException("Refreshing an access token needs the client id, the client secret and a refresh token.");
        }

        var request = ImgurRequest.OAuth(HttpMethod.Post, "token").WithForm(new Dictionary<string, string?>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = session.ClientId,
            ["client_secret"] = session.ClientSecret,
            ["refresh_token"] = session.RefreshToken,
        });
        var result = await client.SendAsync(call, request, ImgurJson.Read<ImgurOAuthToken>).ConfigureAwait(false);
        var token = result.Data;
        if (token?.AccessToken is null)
        {
            throw ImgurJson.Unexpected("token");
        }

        session.SetAccessToken(token.AccessToken);
        // Imgur may re-issue the refresh token; the newest one is the one that works (spec 1.14).
        if (token.RefreshToken is { } refreshed) session.SetRefreshToken(refreshed);
        session.AccountUsername = token.AccountUsername ?? session.AccountUsername;
        session.AccountId = token.AccountId ?? session.AccountId;
        session.SetAccessTokenLifetime(token.ExpiresIn);
        try
        {
            session.TokensRefreshed?.Invoke(session);
        }
        catch (Persistence.SessionNotSavedException error)
        {
            // The tokens are in the session already and stay there: the refresh worked, only the saved copy lags.
            call.Warning?.Invoke(error.Message);
        }
        return session;
    }
}
