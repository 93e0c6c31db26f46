using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Http;
using ImgurPS.Client.Api;
using ImgurPS.Commands;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The requests of the album, image, account-content and raw operations: methods, paths, fields.</summary>
public class ContentRequestTests
{
    private const string True = """{"data":true,"success":true,"status":200}""";

    private static (ImgurApiClient Client, StubHandler Stub, ImgurHttpPipeline Pipeline) Create(string answer)
    {
        var stub = new StubHandler(_ => StubHandler.Json(answer));
        var pipeline = new ImgurHttpPipeline("ImgurPS/0.0.0 PowerShell/test", () => stub);
        return (pipeline.CreateClient(), stub, pipeline);
    }

    private static ImgurCall Anonymous() => new(new ImgurSession(new Uri("http://127.0.0.1:1/"), "id"), ImgurFormat.Json, CancellationToken.None);

    private static ImgurCall User()
    {
        var session = new ImgurSession(new Uri("http://127.0.0.1:1/"), "id");
        session.SetAccessToken("token");
        return new ImgurCall(session, ImgurFormat.Json, CancellationToken.None);
    }

    private static string Decode(string body) => Uri.UnescapeDataString(body.Replace('+', ' '));

    [Fact]
    public async Task CreatingAnAlbumSendsTheGivenFieldsAndCommaJoinedImages()
    {
        var (client, stub, pipeline) = Create("""{"data":{"id":"XyZ12","deletehash":"dh"},"success":true,"status":200}""");
        using var _ = pipeline;
        var images = new AlbumImageSet();
        images.DeleteHashes.AddRange(new[] { "dh1", "dh2" });

        var created = await client.CreateAlbumAsync(Anonymous(), new AlbumDetails { Title = "Trip", Privacy = "hidden" }, images);

        Assert.Equal("XyZ12", created.Id);
        var request = stub.Requests.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/3/album.json", request.RequestUri!.AbsolutePath);
        Assert.Equal("title=Trip&privacy=hidden&deletehashes=dh1,dh2", Decode(stub.Bodies.Single()));
    }

    [Fact]
    public async Task AlbumEditsUseTheDocumentedVerbsAndPaths()
    {
        var (client, stub, pipeline) = Create(True);
        using var _ = pipeline;
        var images = new AlbumImageSet();
        images.Ids.AddRange(new[] { "a", "b" });

        await client.UpdateAlbumAsync(Anonymous(), "albumDh", new AlbumDetails { Description = "d" });
        await client.SetAlbumImagesAsync(Anonymous(), "albumDh", images);
        await client.AddAlbumImagesAsync(Anonymous(), "albumDh", images);
        await client.RemoveAlbumImagesAsync(Anonymous(), "albumDh", new[] { "a" });
        await client.DeleteAlbumAsync(Anonymous(), "albumDh");

        Assert.Equal(
            new[] { "PUT /3/album/albumDh.json", "POST /3/album/albumDh.json", "POST /3/album/albumDh/add.json", "POST /3/album/albumDh/remove_images.json", "DELETE /3/album/albumDh.json" },
            stub.Requests.Select(request => $"{request.Method} {request.RequestUri!.AbsolutePath}"));
        Assert.Equal(new[] { "description=d", "ids=a,b", "ids=a,b", "ids=a", "" }, stub.Bodies.Select(Decode));
    }

    [Fact]
    public async Task UpdatingAnImageSendsOnlyTheGivenFields()
    {
        var (client, stub, pipeline) = Create(True);
        using var _ = pipeline;

        await client.UpdateImageAsync(Anonymous(), "imageDh", "New title", null);

        Assert.Equal("/3/image/imageDh.json", stub.Requests.Single().RequestUri!.AbsolutePath);
        Assert.Equal(HttpMethod.Post, stub.Requests.Single().Method);
        Assert.Equal("title=New title", Decode(stub.Bodies.Single()));
    }

    [Fact]
    public async Task FavoriteTogglesPostToTheItemAndSayWhetherItIsNowAFavorite()
    {
        var (client, stub, pipeline) = Create("""{"data":"unfavorited","success":true,"status":200}""");
        using var _ = pipeline;

        var result = await client.ToggleAlbumFavoriteAsync(User(), "EmuAlbm");

        Assert.Equal("POST /3/album/EmuAlbm/favorite.json", $"{stub.Requests.Single().Method} {stub.Requests.Single().RequestUri!.AbsolutePath}");
        Assert.Equal("Album", result.ItemType);
        Assert.Equal("EmuAlbm", result.Id);
        Assert.False(result.IsFavorite);
    }

    [Fact]
    public async Task AccountListingsCarryThePageInThePathAndPerPageInTheQuery()
    {
        var (client, stub, pipeline) = Create("""{"data":[{"id":"a"},{"id":"b"}],"success":true,"status":200}""");
        using var _ = pipeline;

        var images = await client.GetAccountContentPageAsync<ImgurImage>(User(), AccountContent.Images, "me", 2, 25);
        await client.GetAccountContentPageAsync<ImgurAlbum>(User(), AccountContent.Albums, "someone", 0, null);
        await client.GetAccountContentIdsPageAsync(User(), AccountContent.Albums, "me", 1);
        await client.DeleteAccountContentAsync(User(), AccountContent.Images, "me", "imageDh");

        Assert.Equal(new[] { "a", "b" }, images.Select(image => image.Id));
        Assert.Equal(
            new[] { "GET /3/account/me/images/2.json?perPage=25", "GET /3/account/someone/albums/0.json", "GET /3/account/me/albums/ids/1.json", "DELETE /3/account/me/image/imageDh.json" },
            stub.Requests.Select(request => $"{request.Method} {request.RequestUri!.PathAndQuery}"));
    }

    [Fact]
    public async Task RawRequestsNormaliseThePathAndReturnPlainData()
    {
        var (client, stub, pipeline) = Create("""{"data":{"id":"a","n":5},"success":true,"status":200}""");
        using var _ = pipeline;

        var result = await client.SendRawAsync(Anonymous(), HttpMethod.Get, "/3/gallery/t/funny cats.json", new[] { new KeyValuePair<string, string?>("q", "a b") }, null);

        Assert.Equal("/3/gallery/t/funny%20cats.json?q=a%20b", stub.Requests.Single().RequestUri!.PathAndQuery);
        var data = Assert.IsType<Dictionary<string, object?>>(result.Data);
        Assert.Equal(5L, data["n"]);
    }

    [Theory]
    [InlineData("credits", "credits")]
    [InlineData("/3/credits.xml", "credits")]
    [InlineData("3/account/me/images/0", "account/me/images/0")]
    [InlineData("gallery/t/a%20b", "gallery/t/a b")]
    public void RawPathsDropTheApiRootAndTheExtension(string path, string expected) =>
        Assert.Equal(expected, string.Join("/", RawApi.RawSegments(path)));

    [Fact]
    public void ARawPathThatNamesNothingIsRefused() => Assert.Throws<ArgumentException>(() => RawApi.RawSegments("/3/"));

    [Fact]
    public void AnonymousSessionsAddressItemsByDeletehashAndUsersById()
    {
        Assert.Equal("dh", ContentAddress.Choose(Anonymous(), "id", "dh"));
        Assert.Equal("id", ContentAddress.Choose(Anonymous(), "id", null));
        Assert.Equal("id", ContentAddress.Choose(User(), "id", "dh"));
        Assert.Equal("dh", ContentAddress.Choose(User(), "", "dh"));
        Assert.Null(ContentAddress.Choose(User(), null, " "));
    }

    [Fact]
    public void ImageBatchesPairIdsWithDeletehashesAndDropRepeats()
    {
        var batch = new ImageBatch();
        batch.Add(new[] { "i1" }, new[] { "d1" });
        batch.Add(new[] { "i2" }, null);
        batch.Add(new[] { "i1" }, new[] { "d1" });
        batch.Add(null, new[] { "d3" });

        var anonymous = batch.ToSet(Anonymous());
        var user = batch.ToSet(User());

        Assert.Equal(new[] { "i2" }, anonymous.Ids);
        Assert.Equal(new[] { "d1", "d3" }, anonymous.DeleteHashes);
        Assert.Equal(new[] { "i1", "i2" }, user.Ids);
        Assert.Equal(new[] { "d3" }, user.DeleteHashes);
        Assert.Equal(new[] { "i1", "i2" }, batch.Ids());
    }
}
