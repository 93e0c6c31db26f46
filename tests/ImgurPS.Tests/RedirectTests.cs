using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Client.Upload;
using ImgurPS.Http;
using Xunit;

namespace ImgurPS.Tests;

/// <summary>
/// Issue #12: the API host answers with a redirect to another host. Real loopback servers and the pipeline the
/// module builds (its own primary handler), so that what the handler would follow is what is tested.
/// </summary>
public class RedirectTests
{
    private const string ClientSecret = "redirect-client-secret-5f2c";
    private const string RefreshToken = "redirect-refresh-token-9a41";
    private const string AccessToken = "redirect-access-token-77d0";
    private const string MarketplaceKey = "redirect-rapidapi-key-3be8";

    // What the other host would hand back, were it asked: answers that the module would accept as Imgur's.
    private const string ForeignToken = """{"access_token":"foreign-access-token-0001","refresh_token":"foreign-refresh-token-0001","expires_in":3600,"account_username":"thief"}""";
    private const string ForeignCredits = """{"data":{"UserLimit":1,"UserRemaining":1,"UserReset":1700003600,"ClientLimit":1,"ClientRemaining":1},"success":true,"status":200}""";
    private const string ForeignImage = """{"data":{"id":"foreign1","link":"http://127.0.0.1/foreign1.png"},"success":true,"status":200}""";

    // The body of the redirect itself, which must never reach the caller.
    private const string RedirectBody = """{"data":{"error":"body-of-the-redirect"},"success":false,"status":307}""";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ATokenExchangeAnswered307SendsNothingOnAndNamesTheRedirect()
    {
        using var other = new LoopbackServer(_ => Answer(200, "OK", ForeignToken));
        var steal = new Uri(other.Address, "oauth2/token");
        using var api = new LoopbackServer(_ => Answer(307, "Temporary Redirect", RedirectBody, steal));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");
        var session = Session(api.Address);

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => Bounded(pipeline.CreateClient().RefreshAccessTokenAsync(Call(session))));

        Assert.Equal(307, error.StatusCode);
        Assert.Contains("307 Temporary Redirect to POST /oauth2/token", error.Message);
        Assert.Contains($"with a redirect to {steal.AbsoluteUri}", error.Message);
        Assert.Contains("nothing was sent there", error.Message);
        Assert.Equal(0, other.Connections);
        Assert.Equal(RefreshToken, session.RefreshToken);
        Assert.Equal(AccessToken, session.AccessToken);
        AssertCarriesNoSecret(error);
        Assert.Contains("client_secret=" + ClientSecret, api.Received);
    }

    [Fact]
    public async Task ARefreshBeforeAnExpiredTokenKeepsTheRedirectError()
    {
        using var other = new LoopbackServer(_ => Answer(200, "OK", ForeignToken));
        var steal = new Uri(other.Address, "oauth2/token");
        using var api = new LoopbackServer(_ => Answer(307, "Temporary Redirect", RedirectBody, steal));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");
        var session = Session(api.Address);
        session.AccessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => Bounded(pipeline.CreateClient().GetCreditsAsync(Call(session))));

        Assert.Equal(307, error.StatusCode);
        // The redirect is the story, not a refusal to refresh that would send the user off to sign in again.
        Assert.StartsWith("Imgur answered 307 Temporary Redirect to POST /oauth2/token", error.Message);
        Assert.Contains($"with a redirect to {steal.AbsoluteUri}", error.Message);
        Assert.Equal(0, other.Connections);
        Assert.Equal(1, api.Requests);
        AssertCarriesNoSecret(error);
    }

    [Fact]
    public async Task AnUploadAnswered307SendsNothingOn()
    {
        using var folder = new TempFolder();
        var path = folder.File("cat.png");
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 };
        File.WriteAllBytes(path, png.Concat(Encoding.ASCII.GetBytes("upload-file-marker-e3c1")).ToArray());
        var media = ImgurMedia.Inspect(path, ImgurUploadLimits.Default);

        using var other = new LoopbackServer(_ => Answer(200, "OK", ForeignImage));
        var steal = new Uri(other.Address, "3/image.json");
        using var api = new LoopbackServer(_ => Answer(307, "Temporary Redirect", RedirectBody, steal));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");
        var session = Session(api.Address);

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => Bounded(pipeline.CreateClient().UploadFileAsync(Call(session), media, new UploadDetails { Title = "cat" }, null)));

        Assert.Equal(307, error.StatusCode);
        Assert.Contains("307 Temporary Redirect to POST /3/image.json", error.Message);
        Assert.Contains($"with a redirect to {steal.AbsoluteUri}", error.Message);
        Assert.Equal(0, other.Connections);
        Assert.Equal(1, api.Requests);
        Assert.Contains("upload-file-marker-e3c1", api.Received);
        AssertCarriesNoSecret(error);
    }

    [Fact]
    public async Task AGetAnswered302IsAnErrorNotTheOtherHostsAnswer()
    {
        using var other = new LoopbackServer(_ => Answer(200, "OK", ForeignCredits));
        var steal = new UriBuilder(new Uri(other.Address, "3/credits.json")) { UserName = "thief", Password = "hunter2", Query = "refresh_token=" + RefreshToken }.Uri;
        using var api = new LoopbackServer(_ => Answer(302, "Found", RedirectBody, steal));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");
        var session = Session(api.Address);
        var call = Call(session);
        call.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => Bounded(pipeline.CreateClient().GetCreditsAsync(call)));

        Assert.Equal(302, error.StatusCode);
        Assert.Contains("302 Found to GET /3/credits.json", error.Message);
        Assert.Contains($"with a redirect to {other.Address.AbsoluteUri}3/credits.json?…;", error.Message);
        Assert.DoesNotContain("thief", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
        Assert.Equal(0, other.Connections);
        // A redirect is not worth another try: one request, however many retries a GET may have.
        Assert.Equal(1, api.Requests);
        AssertCarriesNoSecret(error);
    }

    [Theory]
    [InlineData(307, "Temporary Redirect")]
    [InlineData(308, "Permanent Redirect")]
    [InlineData(301, "Moved Permanently")]
    public async Task TheRapidApiKeyNeverReachesTheOtherHost(int status, string reason)
    {
        using var other = new LoopbackServer(_ => Answer(200, "OK", ForeignCredits));
        using var api = new LoopbackServer(_ => Answer(status, reason, RedirectBody, new Uri(other.Address, "3/credits.json")));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");
        var session = new ImgurSession(api.Address, "redirect-client-id");
        session.SetMarketplaceKey(MarketplaceKey);

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => Bounded(pipeline.CreateClient().GetCreditsAsync(Call(session))));

        Assert.Equal(status, error.StatusCode);
        Assert.Contains($"{status} {reason} to GET /3/credits.json", error.Message);
        Assert.Equal(0, other.Connections);
        Assert.Contains("x-rapidapi-key: " + MarketplaceKey, api.Received, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(MarketplaceKey, other.Received);
        AssertCarriesNoSecret(error);
    }

    private static ImgurSession Session(Uri address)
    {
        var session = new ImgurSession(address, "redirect-client-id");
        session.SetClientSecret(ClientSecret);
        session.SetRefreshToken(RefreshToken);
        session.SetAccessToken(AccessToken);
        return session;
    }

    private static ImgurCall Call(ImgurSession session) =>
        new(session, ImgurFormat.Json, CancellationToken.None) { Timeout = Bound };

    private static async Task<T> Bounded<T>(Task<T> request)
    {
        if (await Task.WhenAny(request, Task.Delay(Bound)) != request) throw new TimeoutException("the request did not finish in time");
        return await request;
    }

    private static void AssertCarriesNoSecret(ImgurApiException error)
    {
        var everything = string.Join("\n", error.Message, error.ImgurMessage, error.RequestPath, error.ToString());
        foreach (var secret in new[] { ClientSecret, RefreshToken, AccessToken, MarketplaceKey, "body-of-the-redirect", "foreign" })
        {
            Assert.DoesNotContain(secret, everything);
        }
    }

    private static string Answer(int status, string reason, string body, Uri? location = null) =>
        $"HTTP/1.1 {status} {reason}\r\n"
        + (location is null ? string.Empty : $"Location: {location.AbsoluteUri}\r\n")
        + $"Content-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
}
