using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Http;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The requests the account, comment, conversation and notification routes send (spec 2.1, 2.2, 2.4, 2.6, 2.7).</summary>
public class SocialRequestTests
{
    private const string True = """{"data":true,"success":true,"status":200}""";

    private static async Task<(HttpRequestMessage Request, string Body)> Send(string answer, Func<ImgurApiClient, ImgurCall, Task> act, ImgurFormat format = ImgurFormat.Json)
    {
        var stub = new StubHandler(_ => StubHandler.Json(answer));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => stub);
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "my-client-id");
        session.SetAccessToken("user-access-token-value");
        await act(pipeline.CreateClient(), new ImgurCall(session, format, CancellationToken.None));
        return (stub.Requests.Single(), stub.Bodies.Single());
    }

    private static string PathAndQuery(HttpRequestMessage request) => Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);

    [Fact]
    public async Task AccountListingsSendTheFullPathAndPerPage()
    {
        var (favorites, _) = await Send("""{"data":[],"success":true,"status":200}""", (client, call) => client.GetFavoritesPageAsync(call, "someone", true, "oldest", 2, 10));
        Assert.Equal("/3/account/someone/gallery_favorites/2/oldest.json?perPage=10", PathAndQuery(favorites));

        var (comments, _) = await Send("""{"data":[],"success":true,"status":200}""", (client, call) => client.GetAccountCommentIdsPageAsync(call, "me", "best", 0, null));
        Assert.Equal("/3/account/me/comments/ids/best/0.json", PathAndQuery(comments));
    }

    [Fact]
    public async Task AccountByIdSendsTheAccountIdQuery()
    {
        var (request, _) = await Send("""{"data":{"id":7,"url":"seven"},"success":true,"status":200}""", (client, call) => client.GetAccountByIdAsync(call, 7));
        Assert.Equal("/3/account/7.json?account_id=7", PathAndQuery(request));
    }

    [Fact]
    public async Task SettingsArePutAsAFormOfTheGivenFieldsOnly()
    {
        var (request, body) = await Send(True, (client, call) => client.SetSettingsAsync(call, "me", new[] { new System.Collections.Generic.KeyValuePair<string, string?>("bio", "Hi there"), new("show_mature", "false") }));
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("/3/account/me/settings.json", request.RequestUri!.AbsolutePath);
        Assert.Equal("bio=Hi+there&show_mature=false", body);
    }

    [Fact]
    public async Task BlockRoutesLiveOutsideV3WithTheirOwnAcceptHeaderAndNoExtension()
    {
        var (request, _) = await Send("""{"data":{"blocked":true}}""", async (client, call) =>
        {
            var status = await client.SendBlockAsync(call, HttpMethod.Post, "troll");
            Assert.True(status.Blocked);
            Assert.Equal("troll", status.Username);
        }, ImgurFormat.Xml);

        Assert.Equal("/account/v1/troll/block", request.RequestUri!.AbsolutePath);
        Assert.Equal("application/vnd.api+json", request.Headers.Accept.Single().MediaType);
    }

    [Fact]
    public async Task AnEmptyUnblockAnswerMeansUnblocked()
    {
        // An empty body, as a real handler gives it: .NET Framework leaves Content null where .NET 5+ makes it empty.
        var stub = new StubHandler(_ => new HttpResponseMessage(System.Net.HttpStatusCode.NoContent) { Content = new ByteArrayContent(Array.Empty<byte>()) });
        using var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => stub);
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");
        session.SetAccessToken("token");
        var status = await pipeline.CreateClient().SendBlockAsync(new ImgurCall(session, ImgurFormat.Json, CancellationToken.None), HttpMethod.Delete, "troll");
        Assert.False(status.Blocked);
    }

    [Fact]
    public async Task AccountDeletionSendsThePasswordInAJsonBodyAndTheClientIdInTheQuery()
    {
        var (request, body) = await Send(True, (client, call) => client.DeleteAccountAsync(call, "pa\"ss", new[] { "privacy" }, null));
        Assert.Equal("/3/account/me/delete.json?client_id=my-client-id", PathAndQuery(request));
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("""{"password":"pa\u0022ss","reasons":["privacy"]}""", body);
        Assert.DoesNotContain("pa", request.RequestUri!.Query.Replace("client_id", string.Empty));
    }

    [Theory]
    [InlineData("short1")]
    [InlineData("a long passphrase with spaces")]
    public async Task AccountDeletionMasksThePasswordWhenTheServerEchoesTheBody(string password)
    {
        // A server that repeats the request body in its error, as misbehaving ones do.
        var stub = new StubHandler(request => StubHandler.Json(
            JsonSerializer.Serialize(new { data = new { error = "Bad request: " + request.Content!.ReadAsStringAsync().Result + " / " + password }, success = false, status = 400 }),
            System.Net.HttpStatusCode.BadRequest));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => stub);
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "my-client-id");
        session.SetAccessToken("user-access-token-value");

        var error = await Assert.ThrowsAsync<ImgurApiException>(() =>
            pipeline.CreateClient().DeleteAccountAsync(new ImgurCall(session, ImgurFormat.Json, CancellationToken.None), password, new[] { "privacy" }, null));

        Assert.Contains("\"password\":\"***\"", error.Message);
        if (password.Length >= 8) Assert.DoesNotContain(password, error.Message);
    }

    [Fact]
    public async Task CommentsAndRepliesGoToTheirRoutes()
    {
        var answer = """{"data":{"id":55},"success":true,"status":200}""";
        var (top, topBody) = await Send(answer, (client, call) => client.CreateCommentAsync(call, "AbC1234", "first!", null));
        var (reply, replyBody) = await Send(answer, (client, call) => client.CreateCommentAsync(call, "AbC1234", "re", 9));
        var (gallery, galleryBody) = await Send(answer, (client, call) => client.CreateGalleryCommentAsync(call, "AbC1234", "hey", 9));

        Assert.Equal("/3/comment.json", top.RequestUri!.AbsolutePath);
        Assert.Equal("image_id=AbC1234&comment=first%21", topBody);
        Assert.Equal("/3/comment/9.json", reply.RequestUri!.AbsolutePath);
        Assert.Equal("image_id=AbC1234&comment=re", replyBody);
        Assert.Equal("/3/gallery/AbC1234/comment/9.json", gallery.RequestUri!.AbsolutePath);
        Assert.Equal("comment=hey", galleryBody);
    }

    [Fact]
    public async Task RepliesAreTheChildrenOfTheParentImgurSends()
    {
        await Send("""{"data":{"id":9,"children":[{"id":10,"parent_id":9},{"id":11,"parent_id":9}]},"success":true,"status":200}""", async (client, call) =>
        {
            var replies = await client.GetCommentRepliesAsync(call, 9);
            Assert.Equal(new long[] { 10, 11 }, replies.Select(reply => reply.CommentId));
        });
    }

    [Fact]
    public async Task ReportsSendTheReasonCodeAndAcceptANullAnswer()
    {
        var (request, body) = await Send("""{"data":null,"success":true,"status":200}""", (client, call) => client.ReportGalleryItemAsync(call, "AbC1234", ImgurReportReason.Spam));
        Assert.Equal("/3/gallery/image/AbC1234/report.json", request.RequestUri!.AbsolutePath);
        Assert.Equal("reason=2", body);
    }

    [Fact]
    public async Task ConversationPagesCountFromOne()
    {
        var (request, _) = await Send("""{"data":{"id":12,"messages":[]},"success":true,"status":200}""", (client, call) => client.GetConversationAsync(call, 12, 1, 0));
        Assert.Equal("/3/conversations/12/1/0.json", request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task NotificationsReadRepliesThenMessagesAndMarkSeveralInOneRequest()
    {
        var (list, _) = await Send("""{"data":{"replies":[{"id":1,"content":{"comment":"a"}}],"messages":[{"id":2,"content":{"message_num":"1"}}]},"success":true,"status":200}""", async (client, call) =>
        {
            var notifications = await client.GetNotificationsAsync(call, false);
            Assert.Equal(new List<ImgurNotificationKind> { ImgurNotificationKind.Reply, ImgurNotificationKind.Message }, notifications.Select(n => n.Kind).ToList());
        });
        Assert.Equal("/3/notification.json?new=false", PathAndQuery(list));

        var (one, oneBody) = await Send(True, (client, call) => client.MarkNotificationsViewedAsync(call, new long[] { 5 }));
        Assert.Equal("/3/notification/5.json", one.RequestUri!.AbsolutePath);
        Assert.Equal(string.Empty, oneBody);

        var (several, severalBody) = await Send(True, (client, call) => client.MarkNotificationsViewedAsync(call, new long[] { 5, 6 }));
        Assert.Equal("/3/notification.json", several.RequestUri!.AbsolutePath);
        Assert.Equal("ids=5%2C6", severalBody);
    }

    [Fact]
    public async Task AccountRepliesAcceptAListOrTheRepliesObject()
    {
        await Send("""{"data":[{"id":1,"content":{"comment":"a"}}],"success":true,"status":200}""", async (client, call) =>
            Assert.Single(await client.GetAccountRepliesAsync(call, "me", null)));
        await Send("""{"data":{"replies":[{"id":1,"content":{"comment":"a"}}],"messages":[]},"success":true,"status":200}""", async (client, call) =>
            Assert.Single(await client.GetAccountRepliesAsync(call, "me", null)));
    }
}
