using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Http;
using Xunit;

namespace ImgurPS.Tests;

/// <summary>
/// Values that go into a path segment cannot change the route: dot segments, in any encoding, and empty values are
/// refused before sending; Invoke-ImgurRestMethod's paths stay below /3/. Ordinary names, tags and ids go as before.
/// </summary>
public class PathSegmentTests
{
    private const string True = """{"data":true,"success":true,"status":200}""";

    private static (ImgurApiClient Client, StubHandler Stub, ImgurHttpPipeline Pipeline) Create()
    {
        var stub = new StubHandler(_ => StubHandler.Json(True));
        var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => stub);
        return (pipeline.CreateClient(), stub, pipeline);
    }

    private static ImgurCall User()
    {
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");
        session.SetAccessToken("token");
        return new ImgurCall(session, ImgurFormat.Json, CancellationToken.None);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("%2e%2e")]
    [InlineData("%2E%2E")]
    [InlineData(".%2E")]
    [InlineData("%2e.")]
    [InlineData("%2e")]
    [InlineData("%252e%252e")]
    [InlineData("../x")]
    [InlineData("x/..")]
    [InlineData("a\\..\\b")]
    [InlineData("a%2F..%2Fb")]
    [InlineData("..%5Cx")]
    public void DotSegmentsInAnyEncodingAreRefused(string value)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", value, "favorites");

        var refusal = Assert.IsType<ImgurPathException>(request.Refusal);
        Assert.Equal(value, refusal.Value);
        Assert.Contains($"'{value}'", refusal.Message);
        Assert.Contains("Give the actual name, tag or id", refusal.Message);
        Assert.Same(refusal, Assert.Throws<ImgurPathException>(() => request.RelativeUri(ImgurFormat.Json)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void EmptySegmentsAreRefused(string? value)
    {
        var request = ImgurRequest.Api(HttpMethod.Post, "gallery", "abc1234", "vote", "tag", value, "down");

        var refusal = Assert.IsType<ImgurPathException>(request.Refusal);
        Assert.Equal(string.Empty, refusal.Value);
        Assert.Contains("empty", refusal.Message);
        Assert.Throws<ImgurPathException>(() => request.RelativeUri(ImgurFormat.Json));
    }

    [Fact]
    public void TheNewerAccountRoutesRefuseDotSegmentsToo()
    {
        var request = ImgurRequest.AccountV1(HttpMethod.Get, "..", "follow");

        Assert.Equal("..", Assert.IsType<ImgurPathException>(request.Refusal).Value);
        Assert.Throws<ImgurPathException>(() => request.RelativeUri(ImgurFormat.Json));
    }

    [Theory]
    [InlineData("funny cats", "3/gallery/t/funny%20cats")]
    [InlineData("日本語", "3/gallery/t/%E6%97%A5%E6%9C%AC%E8%AA%9E")]
    [InlineData("AC/DC", "3/gallery/t/AC%2FDC")]
    [InlineData("a?b#c\\d", "3/gallery/t/a%3Fb%23c%5Cd")]
    [InlineData("...", "3/gallery/t/...")]
    [InlineData(".hidden", "3/gallery/t/.hidden")]
    [InlineData("a..b", "3/gallery/t/a..b")]
    [InlineData("abc1234", "3/gallery/t/abc1234")]
    [InlineData("100%", "3/gallery/t/100%25")]
    public void OrdinaryValuesAreSentAsBefore(string value, string expected)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "gallery", "t", value);

        Assert.Null(request.Refusal);
        Assert.Equal(expected, request.Path);
        Assert.Equal(expected + ".json", request.RelativeUri(ImgurFormat.Json));
    }

    [Fact]
    public async Task ARefusedSegmentSendsNothing()
    {
        var (client, stub, pipeline) = Create();
        using var _ = pipeline;

        var error = await Assert.ThrowsAsync<ImgurPathException>(() => client.VoteOnTagAsync(User(), "abc1234", "..", "down"));

        Assert.Equal("..", error.Value);
        Assert.Empty(stub.Requests);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("%2e%2e/x")]
    [InlineData("%2E%2e/x")]
    [InlineData(".%2e/x")]
    [InlineData("/3/../x")]
    [InlineData("3/../credits")]
    [InlineData("gallery/../../x")]
    [InlineData("./../x")]
    [InlineData("gallery/%252e%252e/x")]
    [InlineData("gallery/a%2F..%2Fb")]
    [InlineData("gallery/a\\..\\b")]
    public async Task RawPathsThatLeaveTheApiRootAreRefusedAndSendNothing(string path)
    {
        var (client, stub, pipeline) = Create();
        using var _ = pipeline;

        var error = await Assert.ThrowsAsync<ImgurPathException>(() => client.SendRawAsync(User(), HttpMethod.Get, path, null, null));

        Assert.Equal(path, error.Value);
        Assert.StartsWith($"'{path}'", error.Message);
        Assert.Contains("Give", error.Message);
        Assert.Empty(stub.Requests);
    }

    [Theory]
    [InlineData("gallery/../credits", "credits")]
    [InlineData("./credits", "credits")]
    [InlineData("gallery/%2e/hot/./viral", "gallery/hot/viral")]
    [InlineData("/3/gallery/t/x/../funny.json", "gallery/t/funny")]
    public void RawPathsThatStayBelowTheApiRootAreResolved(string path, string expected) =>
        Assert.Equal(expected, string.Join("/", RawApi.RawSegments(path)));
}
