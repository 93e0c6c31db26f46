using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Http;

namespace ImgurPS.Tests;

/// <summary>Changes Imgur answers with true go through one helper, and an answer of false is an error everywhere (spec 1.4).</summary>
public class AcknowledgementTests
{
    private const string JsonType = "application/json";

    private static async Task SendAsync(string body, string mediaType, ImgurFormat format, Func<ImgurApiClient, ImgurCall, Task> act)
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
        using var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => stub);
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");
        session.SetAccessToken("token");
        await act(pipeline.CreateClient(), new ImgurCall(session, format, CancellationToken.None));
    }

    private static Task Json(string data, Func<ImgurApiClient, ImgurCall, Task> act) =>
        SendAsync($$"""{"data":{{data}},"success":true,"status":200}""", JsonType, ImgurFormat.Json, act);

    [Fact]
    public async Task TheHelperThrowsOnFalseNamingTheOperationAndTheRequest()
    {
        var error = await Assert.ThrowsAsync<ImgurApiException>(() => Json("false", (client, call) =>
            client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "album", "abc"), "delete the album")));

        Assert.Equal("Imgur did not delete the album: it answered false to DELETE /3/album/abc, without saying why.", error.Message);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("DELETE", error.Method);
        Assert.Equal("/3/album/abc", error.RequestPath);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("null")]
    public async Task TrueAndNullAreDone(string data)
    {
        // Report endpoints have answered null for a report they took (spec 2.2).
        await Json(data, (client, call) => client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "comment", "1", "report"), "report the comment"));
    }

    [Fact]
    public async Task FalseInXmlIsARefusalToo()
    {
        var error = await Assert.ThrowsAsync<ImgurApiException>(() => SendAsync("""<data success="1" status="200">false</data>""", "text/xml", ImgurFormat.Xml, (client, call) =>
            client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "gallery", "abc", "vote", "up"), "record the vote on the gallery item")));
        Assert.StartsWith("Imgur did not record the vote on the gallery item:", error.Message);
    }

    // Before one helper served them all, these answered false in three different ways: an error, true, or false.
    private static readonly Dictionary<string, Func<ImgurApiClient, ImgurCall, Task>> Changes = new()
    {
        ["delete the image"] = (client, call) => client.DeleteImageAsync(call, "imageDh"),
        ["follow the tag"] = (client, call) => client.FollowTagAsync(call, "cats"),
        ["record the vote on the gallery item"] = (client, call) => client.VoteOnGalleryItemAsync(call, "abc", "up"),
        ["block the tag"] = (client, call) => client.BlockTagAsync(call, "spoilers"),
        ["delete the album"] = (client, call) => client.DeleteAccountContentAsync(call, AccountContent.Albums, "me", "abc"),
        ["mark the notifications as viewed"] = (client, call) => client.MarkNotificationsViewedAsync(call, new long[] { 1, 2 }),
    };

    [Theory]
    [InlineData("delete the image")]
    [InlineData("follow the tag")]
    [InlineData("record the vote on the gallery item")]
    [InlineData("block the tag")]
    [InlineData("delete the album")]
    [InlineData("mark the notifications as viewed")]
    public async Task EveryChangeTreatsFalseAsAnError(string operation)
    {
        var error = await Assert.ThrowsAsync<ImgurApiException>(() => Json("false", Changes[operation]));
        Assert.StartsWith($"Imgur did not {operation}:", error.Message);
    }
}
