using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Http;
using ImgurPS.Models;

namespace ImgurPS.Tests;

public class RetryTests
{
    private const string Credits = """{"data":{"UserLimit":500,"UserRemaining":499,"UserReset":1700003600,"ClientLimit":12500,"ClientRemaining":12499},"success":true,"status":200}""";
    private const string Image = """{"data":{"id":"AbC1234","type":"image/png","deletehash":"x"},"success":true,"status":200}""";

    private static (ImgurApiClient Client, StubHandler Stub, ImgurHttpPipeline Pipeline) Create(params Func<HttpResponseMessage>[] answers)
    {
        var queue = new Queue<Func<HttpResponseMessage>>(answers);
        var stub = new StubHandler(_ => queue.Dequeue()());
        var pipeline = new ImgurHttpPipeline("ImgurPS/test", () => stub);
        return (pipeline.CreateClient(), stub, pipeline);
    }

    private static ImgurCall Call(List<string>? notes = null) =>
        new(new ImgurSession(new Uri("http://127.0.0.1:1/"), "id"), ImgurFormat.Json, CancellationToken.None, note: notes is null ? null : notes.Add)
        {
            Retry = new ImgurRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(5), MaxWait = TimeSpan.FromSeconds(5) },
        };

    private static HttpResponseMessage Outage() => new(HttpStatusCode.ServiceUnavailable)
    {
        Content = new StringContent("<html><head><title>Error 503 Service Unavailable</title></head></html>", System.Text.Encoding.UTF8, "text/html"),
    };

    private static HttpResponseMessage Throttled(string retryAfter)
    {
        var response = StubHandler.Json("""{"data":{"error":"Too Many Requests"},"success":false,"status":429}""", (HttpStatusCode)429);
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    }

    private static Task<ImgurImage> Upload(ImgurApiClient client, ImgurCall call) =>
        client.UploadUrlAsync(call, new Uri("https://example.com/cat.png"), new UploadDetails());

    [Fact]
    public async Task AGetIsRetriedAfterOutagesAndSaysSo()
    {
        var (client, stub, pipeline) = Create(Outage, Outage, () => StubHandler.Json(Credits));
        using var _ = pipeline;
        var notes = new List<string>();

        var credit = await client.GetCreditsAsync(Call(notes));

        Assert.Equal(12499, credit.ClientRemaining);
        Assert.Equal(3, stub.Requests.Count);
        Assert.Equal(2, notes.Count);
        Assert.Contains("Retrying in", notes[0]);
    }

    [Fact]
    public async Task AGetGivesUpAfterTheLastRetryWithTheLastError()
    {
        var (client, stub, pipeline) = Create(Outage, Outage, Outage, Outage);
        using var _ = pipeline;

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCreditsAsync(Call()));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, stub.Requests.Count);
    }

    [Fact]
    public async Task AGetIsRetriedWhenTheConnectionBreaksOrTheAnswerIsCutOff()
    {
        var (client, stub, pipeline) = Create(
            () => throw new HttpRequestException("The response ended prematurely.", new IOException("reset")),
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new CutOffContent() },
            () => StubHandler.Json(Credits));
        using var _ = pipeline;

        await client.GetCreditsAsync(Call());

        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task AnUploadIsNotRetriedAfterAnOutageItMayHaveReached()
    {
        var (client, stub, pipeline) = Create(Outage, () => StubHandler.Json(Image));
        using var _ = pipeline;

        await Assert.ThrowsAsync<ImgurApiException>(() => Upload(client, Call()));

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task AnUploadIsRetriedAfterA429AndARefusedConnection()
    {
        var (client, stub, pipeline) = Create(
            () => Throttled("1"),
            () => throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)),
            () => StubHandler.Json(Image));
        using var _ = pipeline;

        var image = await Upload(client, Call());

        Assert.Equal("AbC1234", image.Id);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task AWaitLongerThanTheCapIsNotWaited()
    {
        var (client, stub, pipeline) = Create(() => Throttled("3600"));
        using var _ = pipeline;

        var error = await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCreditsAsync(Call()));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task NoRetriesWhenTurnedOff()
    {
        var (client, stub, pipeline) = Create(Outage, () => StubHandler.Json(Credits));
        using var _ = pipeline;
        var call = Call();
        call.Retry.MaxRetries = 0;

        await Assert.ThrowsAsync<ImgurApiException>(() => client.GetCreditsAsync(call));

        Assert.Single(stub.Requests);
    }

    /// <summary>Announces a body and breaks off while it is read, as a dropped connection does.</summary>
    private sealed class CutOffContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            Task.FromException(new IOException("The connection was reset."));

        protected override bool TryComputeLength(out long length)
        {
            length = 100;
            return true;
        }
    }
}
