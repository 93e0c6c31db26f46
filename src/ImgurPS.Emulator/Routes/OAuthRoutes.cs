using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ImgurPS.Emulator.Imgur;

namespace ImgurPS.Emulator.Routes;

/// <summary>The OAuth routes the module uses (spec 1.14, 2.12 OA-02, OA-03). They cost no credits.</summary>
public static class OAuthRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.MapAsync(["POST"], "/oauth2/token", Metering.Open, TokenAsync);
        api.Map(["GET"], "/oauth2/secret", Metering.Open, Secret);
    }

    /// <summary>Only the refresh-token grant: the others need a browser sign-in the emulator does not offer.</summary>
    static async Task<Reply> TokenAsync(ApiCall call)
    {
        Dictionary<string, string> fields = await RequestFields.ReadAsync(call.Http.Request, call.Aborted);
        if (fields.GetValueOrDefault("grant_type") != "refresh_token")
        {
            return Reply.Error(400, "Invalid grant_type");
        }

        if (fields.GetValueOrDefault("client_id") != call.Options.ClientId || fields.GetValueOrDefault("client_secret") != call.Options.ClientSecret)
        {
            return Reply.Error(401, "Invalid client");
        }

        if (call.State.Tokens.Refresh(fields.GetValueOrDefault("refresh_token") ?? "") is not { } issued)
        {
            return Reply.Error(400, "Invalid refresh token");
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
