using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
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

    /// <summary>
    /// A minimal HTTP/1.1 server on 127.0.0.1: reads each request in full, records it, and answers what it is told,
    /// one request per connection.
    /// </summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Func<string, string> _answer;
        private readonly ConcurrentQueue<string> _received = new();
        private readonly ConcurrentBag<TcpClient> _clients = new();
        private int _connections;
        private int _requests;

        public LoopbackServer(Func<string, string> answer)
        {
            _answer = answer;
            _listener.Start();
            Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _ = Task.Run(AcceptAsync);
        }

        public Uri Address { get; }

        public int Connections => Volatile.Read(ref _connections);

        public int Requests => Volatile.Read(ref _requests);

        /// <summary>Every request head and body that arrived, as Latin-1 text.</summary>
        public string Received => string.Join("\n", _received);

        public void Dispose()
        {
            _listener.Stop();
            foreach (var client in _clients) client.Close();
        }

        private async Task AcceptAsync()
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                }
                catch (Exception)
                {
                    return;
                }
                Interlocked.Increment(ref _connections);
                _clients.Add(client);
                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream).ConfigureAwait(false);
                if (head.Length == 0) return;
                _received.Enqueue(head);
                if (Header(head, "Expect") is { } expect && expect.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
                {
                    var proceed = Encoding.ASCII.GetBytes("HTTP/1.1 100 Continue\r\n\r\n");
                    await stream.WriteAsync(proceed, 0, proceed.Length).ConfigureAwait(false);
                }
                _received.Enqueue(await ReadBodyAsync(stream, head).ConfigureAwait(false));
                Interlocked.Increment(ref _requests);
                var answer = Encoding.UTF8.GetBytes(_answer(head));
                await stream.WriteAsync(answer, 0, answer.Length).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The client hung up, or the test is over.
            }
            finally
            {
                client.Close();
            }
        }

        private static async Task<string> ReadHeadAsync(Stream stream)
        {
            var head = new List<byte>();
            var one = new byte[1];
            while (await stream.ReadAsync(one, 0, 1).ConfigureAwait(false) == 1)
            {
                head.Add(one[0]);
                var n = head.Count;
                if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n') break;
            }
            return Latin1(head.ToArray(), head.Count);
        }

        private static async Task<string> ReadBodyAsync(Stream stream, string head)
        {
            var body = new MemoryStream();
            var buffer = new byte[8192];
            if (Header(head, "Content-Length") is { } length && long.TryParse(length, out var remaining))
            {
                while (remaining > 0)
                {
                    var read = await stream.ReadAsync(buffer, 0, (int)Math.Min(buffer.Length, remaining)).ConfigureAwait(false);
                    if (read == 0) break;
                    body.Write(buffer, 0, read);
                    remaining -= read;
                }
            }
            else if (Header(head, "Transfer-Encoding") is { } encoding && encoding.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                // Enough for a test: read until the last chunk and the empty trailer.
                while (!Latin1(body.ToArray(), (int)body.Length).EndsWith("0\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false);
                    if (read == 0) break;
                    body.Write(buffer, 0, read);
                }
            }
            return Latin1(body.ToArray(), (int)body.Length);
        }

        private static string? Header(string head, string name) =>
            head.Split(new[] { "\r\n" }, StringSplitOptions.None)
                .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                .Select(line => line.Substring(name.Length + 1).Trim())
                .FirstOrDefault();

        private static string Latin1(byte[] bytes, int count) => Encoding.GetEncoding("ISO-8859-1").GetString(bytes, 0, count);
    }
}
