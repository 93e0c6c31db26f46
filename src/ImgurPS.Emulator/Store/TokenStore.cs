using System;
using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Store;

/// <summary>The answer to a successful refresh: what <c>/oauth2/token</c> returns.</summary>
public sealed record IssuedToken(string AccessToken, string RefreshToken, int ExpiresIn, Account Account);

/// <summary>
/// Refresh and access tokens of the registered application. Access tokens really expire, so clients'
/// refresh-on-403 logic can be exercised with a short <c>--access-token-lifetime</c>.
/// </summary>
public sealed class TokenStore
{
    readonly object gate = new();
    readonly EmulatorOptions options;
    readonly Dictionary<string, Account> refreshTokens = new(StringComparer.Ordinal);
    readonly Dictionary<string, (Account Account, DateTimeOffset Expires)> accessTokens = new(StringComparer.Ordinal);

    // Authorization codes and PINs from the authorize page, each good for one exchange.
    readonly Dictionary<string, Account> grants = new(StringComparer.Ordinal);

    public TokenStore(EmulatorOptions options, SeedData seed)
    {
        this.options = options;
        refreshTokens[options.RefreshToken] = seed.User;
        accessTokens[options.AccessToken] = (seed.User, ExpiryFromNow());
        foreach ((string token, Account account) in seed.AccessTokens)
        {
            accessTokens[token] = (account, ExpiryFromNow());
        }
    }

    /// <summary>The account an access token stands for, or null when it is unknown or expired.</summary>
    public Account? LiveAccount(string accessToken)
    {
        lock (gate)
        {
            if (!accessTokens.TryGetValue(accessToken, out var entry))
            {
                return null;
            }

            // A deleted account's tokens die with it (AC-34).
            if (entry.Expires > EmulatorClock.Now && !entry.Account.Deleted)
            {
                return entry.Account;
            }

            accessTokens.Remove(accessToken);
            return null;
        }
    }

    /// <summary>Issues a new access token for a known refresh token, or returns null for an unknown one.</summary>
    public IssuedToken? Refresh(string refreshToken)
    {
        lock (gate)
        {
            if (!refreshTokens.TryGetValue(refreshToken, out Account? account))
            {
                return null;
            }

            if (options.RotateRefreshTokens)
            {
                refreshTokens.Remove(refreshToken);
                refreshToken = Ids.Hex(40);
                refreshTokens[refreshToken] = account;
            }

            return Issue(account, refreshToken);
        }
    }

    /// <summary>A new access token for <paramref name="account"/>, as the authorize page hands out (OA-01).</summary>
    public IssuedToken IssueFor(Account account)
    {
        lock (gate)
        {
            string refreshToken = refreshTokens.FirstOrDefault(pair => pair.Value.Id == account.Id).Key ?? Ids.Hex(40);
            refreshTokens[refreshToken] = account;
            return Issue(account, refreshToken);
        }
    }

    /// <summary>A one-time code (or PIN) for the authorization_code and pin grants.</summary>
    public string Grant(Account account, int length)
    {
        lock (gate)
        {
            string code = Ids.Hex(length);
            grants[code] = account;
            return code;
        }
    }

    /// <summary>Exchanges a code or PIN once; null when unknown or already used.</summary>
    public IssuedToken? Redeem(string code)
    {
        lock (gate)
        {
            return grants.Remove(code, out Account? account) && !account.Deleted ? IssueFor(account) : null;
        }
    }

    IssuedToken Issue(Account account, string refreshToken)
    {
        string accessToken = Ids.Hex(40);
        accessTokens[accessToken] = (account, ExpiryFromNow());
        return new IssuedToken(accessToken, refreshToken, options.AccessTokenLifetime, account);
    }

    DateTimeOffset ExpiryFromNow() => EmulatorClock.Now.AddSeconds(options.AccessTokenLifetime);
}
