using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>The OAuth routes the module uses (spec 1.14, 2.12 OA-02, OA-03). They cost no credits.</summary>
public static class OAuthRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.MapAsync(["POST"], "/oauth2/token", Metering.Open, TokenAsync);
        api.Map(["GET"], "/oauth2/secret", Metering.Open, Secret);
    }

    /// <summary>The three grants of spec 1.14; codes and PINs come from the authorize page and work once.</summary>
    static async Task<Reply> TokenAsync(ApiCall call)
    {
        Dictionary<string, string> fields = await RequestFields.ReadAsync(call.Http.Request, call.Aborted);
        string grant = fields.GetValueOrDefault("grant_type") ?? "";
        if (grant is not ("refresh_token" or "authorization_code" or "pin"))
        {
            return Reply.Error(400, "Invalid grant_type");
        }

        if (fields.GetValueOrDefault("client_id") != call.Options.ClientId || fields.GetValueOrDefault("client_secret") != call.Options.ClientSecret)
        {
            return Reply.Error(401, "Invalid client");
        }

        TokenStore tokens = call.State.Tokens;
        IssuedToken? issued = grant switch
        {
            "refresh_token" => tokens.Refresh(fields.GetValueOrDefault("refresh_token") ?? ""),
            "authorization_code" => tokens.Redeem(fields.GetValueOrDefault("code") ?? ""),
            _ => tokens.Redeem(fields.GetValueOrDefault("pin") ?? ""),
        };
        if (issued is null)
        {
            return Reply.Error(400, grant switch
            {
                "refresh_token" => "Invalid refresh token",
                "authorization_code" => "Invalid or expired authorization code",
                _ => "Invalid or expired PIN",
            });
        }

        // Not wrapped in the envelope, unlike every /3/ answer.
        return new BareJsonReply(200, new JsonObject
        {
            ["access_token"] = issued.AccessToken,
            ["expires_in"] = issued.ExpiresIn,
            ["token_type"] = "bearer",
            ["scope"] = null,
            ["refresh_token"] = issued.RefreshToken,
            ["account_id"] = issued.Account.Id,
            ["account_username"] = issued.Account.Username,
        });
    }

    /// <summary>Imgur documents no answer shape; the spec's choice is the token's account (1.14).</summary>
    static Reply Secret(ApiCall call) => call.User is { } user
        ? Reply.Ok(new JsonObject { ["account_id"] = user.Id, ["account_username"] = user.Username })
        : Reply.Error(403, "The access token provided is invalid.");
}
