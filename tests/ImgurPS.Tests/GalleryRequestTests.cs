using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Http;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The gallery, vote, topic, tag and custom-gallery requests go to the spec's paths with the spec's fields.</summary>
public class GalleryRequestTests
{
    private const string True = """{"data":true,"success":true,"status":200}""";
    private const string Empty = """{"data":[],"success":true,"status":200}""";

    private static async Task<(HttpRequestMessage Request, string Body)> SendAsync(string answer, Func<ImgurApiClient, ImgurCall, Task> act)
    {
        var stub = new StubHandler(_ => StubHandler.Json(answer, HttpStatusCode.OK, ("X-RateLimit-ClientRemaining", "12000")));
        using var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => stub);
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");
        await act(pipeline.CreateClient(), new ImgurCall(session, ImgurFormat.Json, CancellationToken.None));
        return (stub.Requests.Single(), stub.Bodies.Single());
    }

    private static string PathAndQuery(HttpRequestMessage request) => Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);

    [Theory]
    [InlineData("random", "/3/gallery/random/random/2.json")]
    [InlineData("subreddit", "/3/gallery/r/earthporn/top/month/1.json")]
    [InlineData("memes", "/3/g/memes/time/week/3.json")]
    [InlineData("topic", "/3/topics/Current_Events/rising/week/0.json")]
    public async Task ListingsAlwaysSendTheFullPath(string listing, string expected)
    {
        var (request, _) = await SendAsync(Empty, (client, call) => listing switch
        {
            "random" => client.GetRandomGalleryPageAsync(call, 2),
            "subreddit" => client.GetSubredditPageAsync(call, "earthporn", "top", "month", 1),
            "memes" => client.GetMemePageAsync(call, "time", "week", 3),
            _ => client.GetTopicPageAsync(call, "Current Events", "rising", "week", 0),
        });

        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(expected, request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task ASimpleSearchSendsQ()
    {
        var (request, _) = await SendAsync(Empty, (client, call) => client.SearchGalleryPageAsync(call, new GallerySearch { Query = "cats AND dogs" }, 0));
        Assert.Equal("/3/gallery/search/time/all/0.json?q=cats AND dogs", PathAndQuery(request));
    }

    [Fact]
    public async Task AnAdvancedSearchSendsItsFieldsAndNotQ()
    {
        var search = new GallerySearch { Query = "ignored", AllWords = "red car", FileType = "anigif", ImageSize = "lrg", Sort = "top", Window = "year" };
        var (request, _) = await SendAsync(Empty, (client, call) => client.SearchGalleryPageAsync(call, search, 1));
        Assert.Equal("/3/gallery/search/top/year/1.json?q_all=red car&q_type=anigif&q_size_px=lrg", PathAndQuery(request));
    }

    [Fact]
    public async Task PublishingSendsTitleTermsMatureAndCommaJoinedTags()
    {
        var post = new GalleryPost { Title = "My cat", Topic = "Aww", AcceptTerms = true, Mature = false, Tags = new[] { "cats", "cute" } };
        var (request, body) = await SendAsync(True, (client, call) => client.PublishAsync(call, "album", "Alb1234", post));

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/3/gallery/album/Alb1234.json", request.RequestUri!.AbsolutePath);
        Assert.Equal("title=My+cat&topic=Aww&terms=1&mature=0&tags=cats%2Ccute", body);
    }

    [Fact]
    public async Task UnpublishingDeletesTheGalleryItem()
    {
        var (request, _) = await SendAsync(True, (client, call) => client.UnpublishAsync(call, "Gal1234"));
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("/3/gallery/Gal1234.json", request.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData(null, "/3/gallery/Gal1234.json")]
    [InlineData("album", "/3/gallery/album/Gal1234.json")]
    [InlineData("image", "/3/gallery/image/Gal1234.json")]
    public async Task AGalleryItemIsAskedForByKind(string? kind, string expected)
    {
        IImgurGalleryItem? item = null;
        var (request, _) = await SendAsync("""{"data":{"id":"Gal1234","is_album":true},"success":true,"status":200}""",
            async (client, call) => item = await client.GetGalleryItemAsync(call, kind, "Gal1234"));

        Assert.Equal(expected, request.RequestUri!.AbsolutePath);
        Assert.IsType<ImgurGalleryAlbum>(item);
        Assert.Equal(12000, item!.RateLimit!.ClientRemaining);
    }

    [Fact]
    public async Task VotesCarryTheGalleryIdTheyWereAskedFor()
    {
        ImgurVote? votes = null;
        var (request, _) = await SendAsync("""{"data":{"ups":10,"downs":2},"success":true,"status":200}""",
            async (client, call) => votes = await client.GetGalleryVotesAsync(call, "Gal1234"));

        Assert.Equal("/3/gallery/Gal1234/votes.json", request.RequestUri!.AbsolutePath);
        Assert.Equal("Gal1234", votes!.GalleryId);
        Assert.Equal(10, votes.Ups);
    }

    [Theory]
    [InlineData("gallery", "/3/gallery/Gal1234/vote/up.json")]
    [InlineData("comment", "/3/comment/1234567890123/vote/veto.json")]
    [InlineData("tag", "/3/gallery/Gal1234/vote/tag/funny/down.json")]
    public async Task VotesArePostedToTheirRoutes(string on, string expected)
    {
        var (request, _) = await SendAsync(True, (client, call) => on switch
        {
            "gallery" => client.VoteOnGalleryItemAsync(call, "Gal1234", "up"),
            "comment" => client.VoteOnCommentAsync(call, 1234567890123, "veto"),
            _ => client.VoteOnTagAsync(call, "Gal1234", "funny", "down"),
        });

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(expected, request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task TheTagGalleryIsATagWhoseItemsCarryTheRateLimits()
    {
        ImgurTag? tag = null;
        var (request, _) = await SendAsync("""{"data":{"name":"funny","items":[{"id":"a","is_album":false},{"id":"b","is_album":true}]},"success":true,"status":200}""",
            async (client, call) => tag = await client.GetTagGalleryPageAsync(call, "funny", "top", "week", 2));

        Assert.Equal("/3/gallery/t/funny/top/week/2.json", request.RequestUri!.AbsolutePath);
        Assert.Equal(2, tag!.Items!.Length);
        Assert.All(tag.Items, item => Assert.Equal(12000, item.RateLimit!.ClientRemaining));
    }

    [Fact]
    public async Task GalleryTagVotesAreUnwrappedAndCarryTheGalleryId()
    {
        System.Collections.Generic.List<ImgurTagVote>? votes = null;
        var (request, _) = await SendAsync("""{"data":{"tags":[{"name":"funny","ups":3,"downs":0,"author":"x"},{"name":"cats","ups":1,"downs":1}]},"success":true,"status":200}""",
            async (client, call) => votes = await client.GetGalleryTagVotesAsync(call, "Gal1234"));

        Assert.Equal("/3/gallery/Gal1234/tags.json", request.RequestUri!.AbsolutePath);
        Assert.Equal(new[] { "funny", "cats" }, votes!.Select(vote => vote.TagName));
        Assert.All(votes!, vote => Assert.Equal("Gal1234", vote.GalleryId));
    }

    [Fact]
    public async Task SettingGalleryTagsPostsThemCommaJoined()
    {
        var (request, body) = await SendAsync(True, (client, call) => client.SetGalleryTagsAsync(call, "Gal1234", new[] { "cats", "aww" }));
        Assert.Equal("/3/gallery/tags/Gal1234.json", request.RequestUri!.AbsolutePath);
        Assert.Equal("tags=cats%2Caww", body);
    }

    [Fact]
    public async Task CustomGalleryTagsAreAddedByPutAndRemovedByDeleteWithAQuery()
    {
        var (add, addBody) = await SendAsync(True, (client, call) => client.AddCustomGalleryTagsAsync(call, new[] { "cats", "dogs" }));
        Assert.Equal(HttpMethod.Put, add.Method);
        Assert.Equal("/3/g/custom/add_tags.json", add.RequestUri!.AbsolutePath);
        Assert.Equal("tags=cats%2Cdogs", addBody);

        var (remove, _) = await SendAsync("""{"data":null,"success":true,"status":200}""", (client, call) => client.RemoveCustomGalleryTagsAsync(call, new[] { "cats", "dogs" }));
        Assert.Equal(HttpMethod.Delete, remove.Method);
        Assert.Equal("/3/g/custom/remove_tags.json?tags=cats,dogs", PathAndQuery(remove));
    }

    [Theory]
    [InlineData(true, "/3/g/block_tag.json")]
    [InlineData(false, "/3/g/unblock_tag.json")]
    public async Task TagsAreBlockedAndUnblockedOneAtATime(bool block, string expected)
    {
        var (request, body) = await SendAsync(True, (client, call) => block ? client.BlockTagAsync(call, "spoilers") : client.UnblockTagAsync(call, "spoilers"));
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(expected, request.RequestUri!.AbsolutePath);
        Assert.Equal("tag=spoilers", body);
    }

    [Theory]
    [InlineData(false, "/3/g/custom/time/day/1.json")]
    [InlineData(true, "/3/g/filtered/time/day/1.json")]
    public async Task TheCustomAndFilteredGalleriesAreOneRequestShape(bool filtered, string expected)
    {
        ImgurCustomGallery? gallery = null;
        var (request, _) = await SendAsync("""{"data":{"tags":["cats"],"item_count":1,"items":[{"id":"a"}]},"success":true,"status":200}""",
            async (client, call) => gallery = await client.GetCustomGalleryPageAsync(call, filtered, "time", "day", 1));

        Assert.Equal(expected, request.RequestUri!.AbsolutePath);
        Assert.Equal(12000, Assert.Single(gallery!.Items!).RateLimit!.ClientRemaining);
    }

    [Fact]
    public async Task TopicsAreReadWithTheirTopPost()
    {
        System.Collections.Generic.List<ImgurTopic>? topics = null;
        var (request, _) = await SendAsync("""{"data":[{"id":1,"name":"Funny","topPost":{"id":"t1","is_album":false}}],"success":true,"status":200}""",
            async (client, call) => topics = await client.GetDefaultTopicsAsync(call));

        Assert.Equal("/3/topics/defaults.json", request.RequestUri!.AbsolutePath);
        Assert.Equal("t1", Assert.Single(topics!).TopPost!.GalleryId);
    }
}
