using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Http;
using ImgurPS.Models;

namespace ImgurPS.Tests;

public class CreditGuardTests
{
    private const string Credits = """{"data":{"UserLimit":500,"UserRemaining":499,"UserReset":1700003600,"ClientLimit":12500,"ClientRemaining":12499},"success":true,"status":200}""";

    private static ImgurCall Call(ImgurRateLimit last, List<string> notes)
    {
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id") { LastRateLimit = last };
        return new ImgurCall(session, ImgurFormat.Json, CancellationToken.None, note: notes.Add);
    }

    [Fact]
    public async Task WaitsForAUserAllowanceThatResetsSoonThenSends()
    {
        var stub = new StubHandler(_ => StubHandler.Json(Credits));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test", () => stub);
        var notes = new List<string>();
        var call = Call(new ImgurRateLimit { UserRemaining = 0, UserLimit = 500, UserReset = DateTimeOffset.UtcNow.AddSeconds(1) }, notes);

        var clock = Stopwatch.StartNew();
        await pipeline.CreateClient().GetGalleryPageAsync(call, new GalleryListing(), 0);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(500));
        Assert.Single(stub.Requests);
        Assert.Contains("waiting", Assert.Single(notes));
    }

    [Fact]
    public async Task CreditsThemselvesAreFreeEvenWhenEverythingIsSpent()
    {
        var stub = new StubHandler(_ => StubHandler.Json(Credits));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test", () => stub);
        var call = Call(new ImgurRateLimit { ClientRemaining = 0, ClientLimit = 12500, UserRemaining = 0, UserReset = DateTimeOffset.UtcNow.AddHours(1) }, new List<string>());

        await pipeline.CreateClient().GetCreditsAsync(call);

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task TheMarketplaceIsNotGuarded()
    {
        var stub = new StubHandler(_ => StubHandler.Json("""{"data":[],"success":true,"status":200}"""));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test", () => stub);
        var call = Call(new ImgurRateLimit { ClientRemaining = 1, ClientLimit = 12500 }, new List<string>());
        call.Session.SetMarketplaceKey("marketplace-key-value");

        await pipeline.CreateClient().GetGalleryPageAsync(call, new GalleryListing(), 0);

        Assert.Single(stub.Requests);
    }
}
