using System;
using ImgurPS.Emulator.Imgur;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ImgurPS.Emulator.Routes;

/// <summary>The body of <c>PUT /_emulator/limits</c>.</summary>
public sealed record LimitsRequest(int? ClientRemaining, int? UserRemaining, int? PostRemaining);

/// <summary>The body of <c>POST /_emulator/time</c>.</summary>
public sealed record TimeRequest(double? AdvanceSeconds);

/// <summary>
/// The emulator's own endpoints under <c>/_emulator/</c>, for tests and curious users: not Imgur's,
/// so they need no credentials, cost nothing and stay out of the request log.
/// </summary>
public static class ControlRoutes
{
    public static void Map(IEndpointRouteBuilder routes, Emulator emulator)
    {
        RouteGroupBuilder control = routes.MapGroup("/_emulator");

        control.MapGet("/requests", () => Results.Json(emulator.State.Log.Snapshot()));
        control.MapDelete("/requests", () => Done(emulator.State.Log.Clear));
        control.MapPost("/reset", () => Done(emulator.Reset));
        control.MapGet("/uploads", () => Results.Json(emulator.State.Uploads.ToArray()));
        control.MapPut("/limits", (LimitsRequest limits) =>
            Done(() => emulator.State.Limits.SetRemaining(limits.ClientRemaining, limits.UserRemaining, limits.PostRemaining)));
        control.MapPost("/faults", (FaultRequest request) => AddFault(emulator, request));
        control.MapDelete("/faults", () => Done(emulator.State.Faults.Clear));
        control.MapGet("/time", Time);
        control.MapPost("/time", (TimeRequest request) => request.AdvanceSeconds is > 0 and <= 366 * 86400.0
            ? AdvanceTime(request.AdvanceSeconds.Value)
            : Results.BadRequest(new { error = "Give 'advanceSeconds': a number of seconds above 0, up to a year." }));
        control.MapGet("/credentials", () => Results.Json(new
        {
            clientId = emulator.Options.ClientId,
            clientSecret = emulator.Options.ClientSecret,
            refreshToken = emulator.Options.RefreshToken,
            accessToken = emulator.Options.AccessToken,
            username = emulator.Options.Username,
            accountId = emulator.State.Store.User.Id,
            friendAccessToken = Store.Seed.FriendToken,
            friendUsername = emulator.State.Store.FindAccount(Store.Seed.FriendId)?.Username,
            friendAccountId = Store.Seed.FriendId,
        }));
    }

    static IResult Time() => Results.Json(new { now = EmulatorClock.Now.ToUnixTimeSeconds(), offsetSeconds = EmulatorClock.Offset.TotalSeconds });

    static IResult AdvanceTime(double seconds)
    {
        EmulatorClock.Advance(TimeSpan.FromSeconds(seconds));
        return Time();
    }

    static IResult Done(Action action)
    {
        action();
        return Results.NoContent();
    }

    static IResult AddFault(Emulator emulator, FaultRequest request)
    {
        Fault fault;
        try
        {
            fault = Fault.Create(request);
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(new { error = e.Message });
        }

        emulator.State.Faults.Add(fault);
        return Results.NoContent();
    }
}
