using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Http;
using ImgurPS.Client.Api;

namespace ImgurPS.Tests;

public class TokenLifecycleTests
{
    private const string Credits = """{"data":{"UserLimit":500,"UserRemaining":499,"UserReset":1700003600,"ClientLimit":12500,"ClientRemaining":12499},"success":true,"status":200}""";
    private const string InvalidToken = """{"data":{"error":"The access token provided is invalid.","request":"/3/credits","method":"GET"},"success":false,"status":403}""";

    private static string Token(string access, string refresh = "refresh-token-2") =>
        $$"""{"access_token":"{{access}}","expires_in":3600,"token_type":"bearer","scope":null,"refresh_token":"{{refresh}}","account_id":1,"account_username":"someone"}""";

    /// <summary>A pipeline whose stub answers token requests with <paramref name="token"/> and API requests from the queue.</summary>
    private static (ImgurApiClient Client, StubHandler Stub, ImgurHttpPipeline Pipeline) Create(Func<HttpResponseMessage> token, params Func<HttpResponseMessage>[] api)
    {
        var answers = new Queue<Func<HttpResponseMessage>>(api);
        var stub = new StubHandler(request => request.RequestUri!.AbsolutePath == "/oauth2/token" ? token() : answers.Dequeue()());
        var pipeline = new ImgurHttpPipeline("ImgurPS/test", () => stub);
        return (pipeline.CreateClient(), stub, pipeline);
    }

    private static ImgurSession UserSession(DateTimeOffset? expiresAt = null)
    {
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "client-id");
        session.SetClientSecret("client-secret-value");
        session.SetRefreshToken("refresh-token-1");
        session.SetAccessToken("access-token-1");
        session.AccessTokenExpiresAt = expiresAt ?? DateTimeOffset.UtcNow.AddHours(1);
        return session;
    }

    private static ImgurCall Call(ImgurSession session) => new(session, ImgurFormat.Json, CancellationToken.None);

    // A failure to refresh reaches the caller on the first try, with no backoff to wait through.
    private static ImgurCall CallWithoutRetries(ImgurSession session) => new(session, ImgurFormat.Json, CancellationToken.None) { Retry = new ImgurRetryPolicy { MaxRetries = 0 } };

    private static string[] Paths(StubHandler stub) => stub.Requests.Select(request => request.RequestUri!.AbsolutePath).ToArray();

    [Fact]
    public async Task ARejectedTokenIsRefreshedOnceAndTheRequestRetried()
    {
        var (client, stub, pipeline) = Create(
            () => StubHandler.Json(Token("access-token-2")),
            () => StubHandler.Json(InvalidToken, HttpStatusCode.Forbidden),
            () => StubHandler.Json(Credits));
        using var _ = pipeline;
        var session = UserSession();

        var credit = await client.GetCreditsAsync(Call(session));

        Assert.Equal(12499, credit.ClientRemaining);
        Assert.Equal(new[] { "/3/credits.json", "/oauth2/token", "/3/credits.json" }, Paths(stub));
        Assert.Equal("Bearer access-token-2", stub.Requests[2].Headers.Authorization!.ToString());
        Assert.Equal("refresh-token-2", session.RefreshToken);
    }

    [Fact]
    public async Task ATokenRefusedAgainAfterTheRefreshIsAnErrorNotALoop()
    {
        var (client, stub, pipeline) = Create(
            () => StubHandler.Json(Token("access-token-2")),
            () => StubHandler.Json(InvalidToken, HttpStatusCode.Forbidden),
            () => StubHandler.Json(InvalidToken, HttpStatusCode.Forbidden));
        using var _ = pipeline;

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCreditsAsync(Call(UserSession())));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal(new[] { "/3/credits.json", "/oauth2/token", "/3/credits.json" }, Paths(stub));
    }

    [Fact]
    public async Task ATokenAboutToExpireIsRefreshedBeforeTheRequest()
    {
        var (client, stub, pipeline) = Create(() => StubHandler.Json(Token("access-token-2")), () => StubHandler.Json(Credits));
        using var _ = pipeline;
        var session = UserSession(DateTimeOffset.UtcNow.AddSeconds(10));

        await client.GetCreditsAsync(Call(session));

        Assert.Equal(new[] { "/oauth2/token", "/3/credits.json" }, Paths(stub));
        Assert.True(session.AccessTokenExpiresAt > DateTimeOffset.UtcNow.AddMinutes(59));
    }

    [Fact]
    public async Task ATokenThatLivesLessThanTheMarginIsRefreshedInItsSecondHalfOnly()
    {
        // Refreshing a minute early would make every request refresh a token that lives 20 seconds.
        var (client, stub, pipeline) = Create(
            () => StubHandler.Json(Token("access-token-2").Replace("\"expires_in\":3600", "\"expires_in\":20")),
            () => StubHandler.Json(Credits),
            () => StubHandler.Json(Credits),
            () => StubHandler.Json(Credits));
        using var _ = pipeline;
        var session = UserSession(DateTimeOffset.UtcNow.AddSeconds(5));

        for (var request = 0; request < 3; request++) await client.GetCreditsAsync(Call(session));

        Assert.Equal(new[] { "/oauth2/token", "/3/credits.json", "/3/credits.json", "/3/credits.json" }, Paths(stub));
        Assert.Equal(TimeSpan.FromSeconds(20), session.AccessTokenLifetime);
    }

    private const string RefusedRefresh = """{"data":{"error":"Invalid refresh token","request":"/oauth2/token","method":"POST"},"success":false,"status":400}""";

    [Fact]
    public async Task AFailedRefreshTellsTheUserToSignInAgain()
    {
        var (client, _, pipeline) = Create(
            () => StubHandler.Json(RefusedRefresh, HttpStatusCode.BadRequest),
            () => StubHandler.Json(InvalidToken, HttpStatusCode.Forbidden));
        using var _ = pipeline;

        var error = await Assert.ThrowsAsync<ImgurRefreshRefusedException>(() => client.GetCreditsAsync(Call(UserSession())));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("Invalid refresh token", error.ImgurMessage);
        Assert.Contains("Connect-Imgur", error.Message);
    }

    [Fact]
    public async Task ARefusedRefreshTokenIsNotOfferedAgainAndLaterRequestsSendNothing()
    {
        var (client, stub, pipeline) = Create(
            () => StubHandler.Json(RefusedRefresh, HttpStatusCode.BadRequest),
            () => StubHandler.Json(InvalidToken, HttpStatusCode.Forbidden));
        using var _ = pipeline;
        var session = UserSession();

        await Assert.ThrowsAsync<ImgurRefreshRefusedException>(() => client.GetCreditsAsync(Call(session)));
        var later = await Assert.ThrowsAsync<ImgurRefreshRefusedException>(() => client.GetCreditsAsync(Call(session)));

        Assert.Equal(new[] { "/3/credits.json", "/oauth2/token" }, Paths(stub));
        Assert.Contains("sent nothing", later.Message);
        Assert.DoesNotContain("refresh-token-1", later.Message);
        Assert.Equal("refresh-token-1", session.RefreshToken);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData((HttpStatusCode)429)]
    public async Task ARefreshThatFailsForAWhileIsTriedAgainByTheNextRequest(HttpStatusCode status)
    {
        var refreshes = new Queue<Func<HttpResponseMessage>>(new Func<HttpResponseMessage>[]
        {
            () => StubHandler.Json("""{"data":{"error":"Over capacity","request":"/oauth2/token","method":"POST"},"success":false,"status":503}""", status),
            () => StubHandler.Json(Token("access-token-2")),
        });
        var (client, stub, pipeline) = Create(() => refreshes.Dequeue()(), () => StubHandler.Json(Credits));
        using var _ = pipeline;
        var session = UserSession(DateTimeOffset.UtcNow.AddSeconds(10));

        var first = await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCreditsAsync(CallWithoutRetries(session)));
        var credit = await client.GetCreditsAsync(CallWithoutRetries(session));

        Assert.Equal((int)status, first.StatusCode);
        Assert.Null(session.RefreshRefused);
        Assert.Equal(12499, credit.ClientRemaining);
        Assert.Equal(new[] { "/oauth2/token", "/oauth2/token", "/3/credits.json" }, Paths(stub));
    }

    [Fact]
    public async Task ARefreshThatCannotReachImgurIsTriedAgainByTheNextRequest()
    {
        var refreshes = new Queue<Func<HttpResponseMessage>>(new Func<HttpResponseMessage>[]
        {
            () => throw new HttpRequestException("Connection refused"),
            () => StubHandler.Json(Token("access-token-2")),
        });
        var (client, stub, pipeline) = Create(() => refreshes.Dequeue()(), () => StubHandler.Json(Credits));
        using var _ = pipeline;
        var session = UserSession(DateTimeOffset.UtcNow.AddSeconds(10));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetCreditsAsync(CallWithoutRetries(session)));
        await client.GetCreditsAsync(CallWithoutRetries(session));

        Assert.Null(session.RefreshRefused);
        Assert.Equal(new[] { "/oauth2/token", "/oauth2/token", "/3/credits.json" }, Paths(stub));
    }

    [Fact]
    public async Task ASessionThatCannotRefreshReportsTheRejectionAsItIs()
    {
        var (client, stub, pipeline) = Create(() => throw new InvalidOperationException("no refresh expected"), () => StubHandler.Json(InvalidToken, HttpStatusCode.Forbidden));
        using var _ = pipeline;
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), null);
        session.SetAccessToken("only-an-access-token");

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCreditsAsync(Call(session)));

        Assert.Equal("The access token provided is invalid.", error.ImgurMessage);
        Assert.Single(stub.Requests);
    }
}
