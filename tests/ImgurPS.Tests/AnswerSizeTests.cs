using System;
using System.IO;
using System.IO.Compression;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Http;
using Xunit;

namespace ImgurPS.Tests;

/// <summary>
/// Servers that answer an API request with far more than any Imgur answer: the client refuses the answer as it
/// streams in and stops reading, so memory stays bounded. The servers stop by themselves after <see cref="ServerCap"/>.
/// </summary>
public class AnswerSizeTests
{
    private const long MB = 1 << 20;
    private const long ServerCap = 320 * MB;
    private const string QuerySecret = "answer-size-query-secret-4c1d";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ADeclaredHugeAnswerIsRefusedBeforeReadingIt()
    {
        var written = new Written();
        using var api = new LoopbackServer((_, stream, stop) => Flood(stream, "Content-Length: 1500000000\r\n", chunked: false, written, stop));

        var error = await Assert.ThrowsAsync<ImgurAnswerTooLargeException>(() => Send(api.Address));

        AssertNamesLimitAndPath(error);
        Assert.Contains("1500000000 bytes", error.Message);
        Assert.Equal(1, api.Requests);
        Assert.True(written.Bytes < 64 * MB, $"the server wrote {written.Bytes / MB} MB");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnEndlessChunkedAnswerIsCutOffAtTheLimit(bool withETag)
    {
        var written = new Written();
        // An ETag makes the pipeline keep the answer for conditional requests, so it reads the body itself first.
        var headers = "Transfer-Encoding: chunked\r\n" + (withETag ? "ETag: \"flood\"\r\n" : string.Empty);
        using var api = new LoopbackServer((_, stream, stop) => Flood(stream, headers, chunked: true, written, stop));

        var error = await Assert.ThrowsAsync<ImgurAnswerTooLargeException>(() => Send(api.Address));

        AssertNamesLimitAndPath(error);
        // Not worth another try: the same server would send the same flood.
        Assert.Equal(1, api.Requests);
        Assert.True(written.Bytes < 128 * MB, $"the server wrote {written.Bytes / MB} MB");
    }

    [Fact]
    public async Task ACompressedAnswerIsCountedAsItUnpacks()
    {
        // 200 MB of zeros, a fraction of a megabyte on the wire: the declared length says nothing about the answer.
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var zeros = new byte[MB];
            for (var i = 0; i < 200; i++) gzip.Write(zeros, 0, zeros.Length);
        }
        var body = packed.ToArray();
        using var api = new LoopbackServer(async (_, stream, _) =>
        {
            await LoopbackServer.WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {body.Length}\r\n\r\n").ConfigureAwait(false);
            await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
        });

        var error = await Assert.ThrowsAsync<ImgurAnswerTooLargeException>(() => Send(api.Address));

        AssertNamesLimitAndPath(error);
    }

    private static async Task Send(Uri address)
    {
        using var pipeline = new ImgurHttpPipeline("ImgurPS/test");
        var call = new ImgurCall(new ImgurSession(address, "answer-size-client-id"), ImgurFormat.Json, CancellationToken.None) { Timeout = Bound };
        call.Retry = new ImgurRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10) };
        var request = ImgurRequest.Api(HttpMethod.Get, "credits").WithQuery("token", QuerySecret);
        var send = pipeline.CreateClient().SendAsync(call, request, data => data.ValueKind);
        if (await Task.WhenAny(send, Task.Delay(Bound)) != send) throw new InvalidOperationException("the request did not finish within the test's bound");
        await send;
    }

    private static void AssertNamesLimitAndPath(ImgurAnswerTooLargeException error)
    {
        Assert.Contains("64 MB", error.Message);
        Assert.Contains("GET /3/credits.json", error.Message);
        Assert.Contains("not behaving like Imgur", error.Message);
        Assert.DoesNotContain(QuerySecret, error.Message);
        Assert.DoesNotContain("?", error.Message);
    }

    // Sends a 200 with the given headers, then 1 MB blocks of JSON-looking text until the client stops reading or
    // the cap is reached.
    private static async Task Flood(Stream stream, string headers, bool chunked, Written written, CancellationToken stop)
    {
        await LoopbackServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + headers + "\r\n").ConfigureAwait(false);
        var block = new byte[MB];
        for (var i = 0; i < block.Length; i++) block[i] = (byte)' ';
        block[0] = (byte)'[';
        var size = System.Text.Encoding.ASCII.GetBytes($"{block.Length:x}\r\n");
        var end = System.Text.Encoding.ASCII.GetBytes("\r\n");
        while (written.Bytes < ServerCap)
        {
            if (chunked) await stream.WriteAsync(size, 0, size.Length, stop).ConfigureAwait(false);
            await stream.WriteAsync(block, 0, block.Length, stop).ConfigureAwait(false);
            if (chunked) await stream.WriteAsync(end, 0, end.Length, stop).ConfigureAwait(false);
            written.Add(block.Length);
        }
    }

    private sealed class Written
    {
        private long _bytes;

        public long Bytes => Interlocked.Read(ref _bytes);

        public void Add(long bytes) => Interlocked.Add(ref _bytes, bytes);
    }
}
