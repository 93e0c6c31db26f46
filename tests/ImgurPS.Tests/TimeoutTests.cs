using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
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
/// Servers that take a request and never answer it, or break off. Real loopback servers and the module's own pipeline, with a
/// timeout of one second: every request must end as a timeout (never as "canceled"), after as many attempts as the
/// design allows, long before the generous bound.
/// </summary>
public class TimeoutTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AGetToAServerThatNeverAnswersIsATimeoutAfterTwoAttempts()
    {
        using var api = new LoopbackServer(Silent);
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");
        var call = Call(api.Address);

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAnyAsync<TimeoutException>(() => Bounded(pipeline.CreateClient().GetCreditsAsync(call)));

        // Attempts share twice the timeout: one that hangs is tried once more, however many retries are allowed.
        Assert.Equal(2, api.Requests);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        Assert.Contains("GET /3/credits.json", error.Message);
        Assert.Contains("within 1 s", error.Message);
        Assert.Contains("2 attempts", error.Message);
        Assert.Contains("Set-ImgurOption -TimeoutSec", error.Message);
    }

    [Fact]
    public async Task AnAnswerWithAnETagThatBreaksOffIsRetriedAsABrokenConnection()
    {
        // The ETag cache reads such a body inside the pipeline; a connection that closes mid-body is the same
        // broken connection there as anywhere, and a GET is sent again.
        var answers = 0;
        using var api = new LoopbackServer(async (_, stream, _) =>
        {
            if (Interlocked.Increment(ref answers) == 1)
            {
                await LoopbackServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: \"abc\"\r\nContent-Length: 100\r\n\r\n{\"data\":").ConfigureAwait(false);
                return;
            }
            const string credits = "{\"data\":{\"UserLimit\":500,\"UserRemaining\":499,\"ClientLimit\":12500,\"ClientRemaining\":12499},\"success\":true,\"status\":200}";
            await LoopbackServer.WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: {credits.Length}\r\n\r\n{credits}").ConfigureAwait(false);
        });
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");

        var credits = await Bounded(pipeline.CreateClient().GetCreditsAsync(Call(api.Address)));

        Assert.Equal(500, credits.UserLimit);
        Assert.Equal(2, api.Requests);
    }

    [Fact]
    public async Task AnAnswerThatStopsHalfwayIsATimeout()
    {
        using var api = new LoopbackServer(async (_, stream, stop) =>
        {
            await LoopbackServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"data\":").ConfigureAwait(false);
            await Task.Delay(System.Threading.Timeout.Infinite, stop).ConfigureAwait(false);
        });
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");

        var error = await Assert.ThrowsAnyAsync<TimeoutException>(() => Bounded(pipeline.CreateClient().GetCreditsAsync(Call(api.Address))));

        Assert.Equal(2, api.Requests);
        Assert.Contains("GET /3/credits.json", error.Message);
        Assert.Contains("Set-ImgurOption -TimeoutSec", error.Message);
    }

    [Fact]
    public async Task AnUploadThatWasReadButNeverAnsweredIsATimeoutAndIsNotSentAgain()
    {
        using var folder = new TempFolder();
        var media = Png(folder);
        using var api = new LoopbackServer(Silent);
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAnyAsync<TimeoutException>(() => Bounded(pipeline.CreateClient().UploadFileAsync(Call(api.Address), media, new UploadDetails(), null)));

        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        Assert.Equal(1, api.Requests);
        Assert.Contains("upload-file-marker-51aa", api.Received);
        Assert.Contains("POST /3/image.json", error.Message);
        Assert.Contains("within 1 s", error.Message);
        Assert.Contains("Set-ImgurOption -TimeoutSec", error.Message);
        // Imgur may have stored the file and lost only the answer: the journal records it as uncertain.
        Assert.True(ImgurRetryPolicy.MayHaveReachedImgur(error));
    }

    [Fact]
    public async Task CtrlCStopsAWaitingRequestAtOnceAndIsNoTimeout()
    {
        using var api = new LoopbackServer(Silent);
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var call = new ImgurCall(new ImgurSession(api.Address, "timeout-client-id"), ImgurFormat.Json, stop.Token) { Timeout = TimeSpan.FromSeconds(60) };

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Bounded(pipeline.CreateClient().GetCreditsAsync(call)));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(1, api.Requests);
    }

    [Fact]
    public void AnUploadMayTakeTheTimeoutPlusASecondPer64KBToSendItsBody()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new ImgurCall(new ImgurSession(new Uri("http://127.0.0.1/"), "id"), ImgurFormat.Json, CancellationToken.None).Timeout);
        // A 200 MB video, the largest Imgur takes: 53 minutes at 64 KB/s, on top of the 30 s timeout.
        Assert.Equal(TimeSpan.FromSeconds(30 + 3200), AnswerTimer.SendingAllowance(TimeSpan.FromSeconds(30), 200L * 1024 * 1024));
        Assert.Equal(TimeSpan.FromSeconds(1), AnswerTimer.SendingAllowance(TimeSpan.FromSeconds(1), 0));
    }

    // Takes the request, then keeps the connection open and says nothing.
    private static Task Silent(string head, Stream stream, CancellationToken stop) => Task.Delay(System.Threading.Timeout.Infinite, stop);

    private static ImgurCall Call(Uri address)
    {
        var call = new ImgurCall(new ImgurSession(address, "timeout-client-id"), ImgurFormat.Json, CancellationToken.None) { Timeout = Timeout };
        call.Retry = new ImgurRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10) };
        return call;
    }

    private static ImgurMedia Png(TempFolder folder)
    {
        var path = folder.File("cat.png");
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 };
        File.WriteAllBytes(path, png.Concat(Encoding.ASCII.GetBytes("upload-file-marker-51aa")).ToArray());
        return ImgurMedia.Inspect(path, ImgurUploadLimits.Default);
    }

    private static async Task<T> Bounded<T>(Task<T> request)
    {
        if (await Task.WhenAny(request, Task.Delay(Bound)) != request) throw new InvalidOperationException("the request did not finish within the test's bound");
        return await request;
    }
}
