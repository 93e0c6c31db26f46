using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;

namespace ImgurPS.Emulator.Routes;

/// <summary><c>GET /3/credits</c> (spec 1.15, 3.19).</summary>
public static class CreditsRoutes
{
    public static void Map(ApiPipeline api) => api.Map(["GET"], "/3/credits", Metering.Free, Credits);

    /// <summary>PascalCase keys, unlike every other model; UserReset is an epoch here whatever the header says.</summary>
    static Reply Credits(ApiCall call)
    {
        RateSnapshot rate = call.State.Limits.Peek(call.Request);
        return Reply.Ok(new JsonObject
        {
            ["UserLimit"] = rate.User.Limit,
            ["UserRemaining"] = rate.User.Remaining,
            ["UserReset"] = rate.User.ResetAt.ToUnixTimeSeconds(),
            ["ClientLimit"] = rate.Client.Limit,
            ["ClientRemaining"] = rate.Client.Remaining,
        });
    }
}
