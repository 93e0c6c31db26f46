using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Json;
using ImgurPS.Http;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Tests;

public class ClientPipelineTests
{
    private const string Credits = """{"data":{"UserLimit":500,"UserRemaining":499,"UserReset":1700003600,"ClientLimit":12500,"ClientRemaining":12499},"success":true,"status":200}""";

    private static (ImgurApiClient Client, StubHandler Stub, ImgurHttpPipeline Pipeline) Create(Func<System.Net.Http.HttpRequestMessage, System.Net.Http.HttpResponseMessage> answer)
    {
        var stub = new StubHandler(answer);
        var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => stub);
        return (pipeline.CreateClient(), stub, pipeline);
    }

    private static ImgurCall Call(ImgurSession session, ImgurFormat format = ImgurFormat.Json) => new(session, format, CancellationToken.None);

    [Fact]
    public async Task AnonymousRequestsSendTheClientIdAndTheJsonExtension()
    {
        var (client, stub, pipeline) = Create(_ => StubHandler.Json(Credits));
        using var _ = pipeline;
        await client.GetCreditsAsync(Call(new ImgurSession(new Uri("http://127.0.0.1:1/"), "my-client-id")));

        var request = stub.Requests.Single();
        Assert.Equal("Client-ID", request.Headers.Authorization!.Scheme);
        Assert.Equal("my-client-id", request.Headers.Authorization.Parameter);
        Assert.Equal("/3/credits.json", request.RequestUri!.AbsolutePath);
        Assert.Contains("ImgurPS/0.0.0", request.Headers.UserAgent.ToString());
    }

    [Fact]
    public async Task UserRequestsSendOnlyTheBearerTokenAndTheMarketplaceKey()
    {
        var (client, stub, pipeline) = Create(_ => StubHandler.Json(Credits));
        using var _ = pipeline;
        var session = new ImgurSession(ImgurEndpoint.Commercial(ImgurEndpoint.CommercialHost), "my-client-id");
        session.SetAccessToken("user-access-token-value");
        session.SetMarketplaceKey("marketplace-key-value");

        await client.GetCreditsAsync(Call(session, ImgurFormat.Xml));

        var request = stub.Requests.Single();
        Assert.Equal("Bearer", request.Headers.Authorization!.Scheme);
        Assert.Equal("user-access-token-value", request.Headers.Authorization.Parameter);
        Assert.Equal("marketplace-key-value", request.Headers.GetValues("X-Mashape-Key").Single());
        Assert.Equal("imgur-apiv3.p.rapidapi.com", request.Headers.GetValues("x-rapidapi-host").Single());
        Assert.Equal("/3/credits.xml", request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task RateLimitsTravelWithEachObjectAndTheSession()
    {
        var (client, _, pipeline) = Create(_ => StubHandler.Json(
            """{"data":[{"id":"a","is_album":false},{"id":"b","is_album":true}],"success":true,"status":200}""",
            HttpStatusCode.OK,
            ("X-RateLimit-ClientLimit", "12500"), ("X-RateLimit-ClientRemaining", "12400"), ("X-RateLimit-UserRemaining", "480")));
        using var _ = pipeline;
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");

        var items = await client.GetGalleryPageAsync(Call(session), new GalleryListing { Section = "top", Sort = "top", Window = "week" }, 2);

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal(12400, item.RateLimit!.ClientRemaining));
        Assert.Equal(480, session.LastRateLimit!.UserRemaining);
    }

    [Fact]
    public async Task GalleryRequestsAlwaysCarryTheFullPathAndOnlyTheGivenSwitches()
    {
        var (client, stub, pipeline) = Create(_ => StubHandler.Json("""{"data":[],"success":true,"status":200}"""));
        using var _ = pipeline;

        await client.GetGalleryPageAsync(Call(new ImgurSession(new Uri("http://127.0.0.1:1/"), "id")), new GalleryListing { Section = "user", Sort = "rising", ShowViral = false }, 0);

        var uri = stub.Requests.Single().RequestUri!;
        Assert.Equal("/3/gallery/user/rising/day/0.json", uri.AbsolutePath);
        Assert.Equal("?showViral=false", uri.Query);
    }

    [Fact]
    public async Task ErrorsCarryTheRateLimitsAndRetryAfter()
    {
        var (client, _, pipeline) = Create(_ => StubHandler.Json(
            """{"data":{"error":"Too Many Requests","request":"/3/credits","method":"GET"},"success":false,"status":429}""",
            (HttpStatusCode)429,
            ("X-RateLimit-UserRemaining", "0"), ("Retry-After", "4200")));
        using var _ = pipeline;

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCreditsAsync(Call(new ImgurSession(new Uri("http://127.0.0.1:1/"), "id"))));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(0, error.RateLimit!.UserRemaining);
        Assert.Equal(TimeSpan.FromSeconds(4200), error.RetryAfter);
    }

    [Fact]
    public async Task RefreshTokenExchangeUpdatesTheSessionAndSendsNoAuthorizationSecretInTheUrl()
    {
        var (client, stub, pipeline) = Create(_ => StubHandler.Json(
            """{"access_token":"new-access-token-value","expires_in":3600,"token_type":"bearer","scope":null,"refresh_token":"rotated-refresh-token","account_id":"42","account_username":"someone"}"""));
        using var _ = pipeline;
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");
        session.SetClientSecret("client-secret-value");
        session.SetRefreshToken("old-refresh-token");

        await client.RefreshAccessTokenAsync(Call(session));

        Assert.Equal("/oauth2/token", stub.Requests.Single().RequestUri!.AbsolutePath);
        Assert.Contains("grant_type=refresh_token", stub.Bodies.Single());
        Assert.Equal("new-access-token-value", session.AccessToken);
        Assert.Equal("rotated-refresh-token", session.RefreshToken);
        Assert.Equal("someone", session.AccountUsername);
        Assert.Equal(42, session.AccountId);
        Assert.True(session.AccessTokenExpiresAt > DateTimeOffset.UtcNow.AddMinutes(59));
        Assert.Equal(ImgurAuthMode.User, session.AuthMode);
    }

    [Fact]
    public async Task TracesNameMethodPathStatusAndCreditsButNoSecret()
    {
        var (client, _, pipeline) = Create(_ => StubHandler.Json(Credits, HttpStatusCode.OK, ("X-RateLimit-ClientRemaining", "12000"), ("X-RateLimit-ClientLimit", "12500")));
        using var _ = pipeline;
        var traces = new System.Collections.Generic.List<ImgurRequestTrace>();
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");
        session.SetAccessToken("trace-secret-token-value");

        await client.GetCreditsAsync(new ImgurCall(session, ImgurFormat.Json, CancellationToken.None, traces.Add));

        var line = traces.Single().ToString();
        Assert.StartsWith("GET /3/credits.json -> 200 in ", line);
        Assert.Contains("Client 12000/12500", line);
        Assert.DoesNotContain("trace-secret-token-value", line);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DescribesHeadersMaskedOnlyWhenAskedTo(bool traceHeaders)
    {
        var (client, _, pipeline) = Create(_ => StubHandler.Json(Credits, HttpStatusCode.OK, ("X-RateLimit-ClientRemaining", "12000")));
        using var _ = pipeline;
        var traces = new System.Collections.Generic.List<ImgurRequestTrace>();
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");
        session.SetAccessToken("trace-secret-token-value");

        await client.GetCreditsAsync(new ImgurCall(session, ImgurFormat.Json, CancellationToken.None, traces.Add) { TraceHeaders = traceHeaders });

        var details = traces.Single().Details;
        if (traceHeaders)
        {
            Assert.Contains("> Authorization: Bearer ", details);
            Assert.Contains("< X-RateLimit-ClientRemaining: 12000", details);
            Assert.DoesNotContain("trace-secret-token-value", details);
        }
        else
        {
            Assert.Equal(string.Empty, details);
        }
    }

    [Fact]
    public async Task CancellationStopsARequestThatIsInFlight()
    {
        // A real loopback server that reads the request and never answers, so only cancellation can end the call.
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        try
        {
            using var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => new HttpClientHandler());
            using var stop = new CancellationTokenSource();
            var address = new Uri($"http://127.0.0.1:{((IPEndPoint)server.LocalEndpoint).Port}/");
            var request = pipeline.CreateClient().GetCreditsAsync(new ImgurCall(new ImgurSession(address, "id"), ImgurFormat.Json, stop.Token));

            using var connection = await server.AcceptTcpClientAsync();
            var requestLine = await new StreamReader(connection.GetStream()).ReadLineAsync();
            Assert.StartsWith("GET /3/credits.json ", requestLine);
            Assert.False(request.IsCompleted, "the request should still be waiting for the silent server");

            stop.Cancel();
            var first = await Task.WhenAny(request, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.Same(request, first);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        }
        finally
        {
            server.Stop();
        }
    }

    [Fact]
    public async Task AStringWhereAnObjectWasExpectedIsTheErrorMessage()
    {
        // Imgur's answer for a comment that does not exist (spec Q34).
        var (client, _, pipeline) = Create(_ => StubHandler.Json("""{"data":"An error occurred while fetching the comment","success":true,"status":200}"""));
        using var _ = pipeline;
        var call = Call(new ImgurSession(new Uri("http://127.0.0.1:1/"), "my-client-id"));

        var single = await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCommentAsync(call, 1));
        var list = await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCommentRepliesAsync(call, 1));

        Assert.Equal("An error occurred while fetching the comment", single.ImgurMessage);
        Assert.Equal("An error occurred while fetching the comment", list.ImgurMessage);
    }

    [Fact]
    public async Task AStringWhereAYesOrNoWasExpectedIsStillRead()
    {
        var (client, _, pipeline) = Create(_ => StubHandler.Json("""{"data":"favorited","success":true,"status":200}"""));
        using var _ = pipeline;
        var call = Call(new ImgurSession(new Uri("http://127.0.0.1:1/"), "my-client-id"));

        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Post, "image", "abc", "favorite"), ImgurJson.ReadBoolean);

        Assert.True(result.Data);
    }
}
