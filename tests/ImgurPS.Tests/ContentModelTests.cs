using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using ImgurPS.Client;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The album and image models against the spec's field lists (3.2, 3.4), and the small answers of 2.3/2.5.</summary>
public class ContentModelTests
{
    private static JsonElement Data(string json, string mediaType = "application/json")
    {
        using var payload = ImgurResponseParser.Parse(200, mediaType, Encoding.UTF8.GetBytes(json), "GET", "/3/x");
        return payload.Data.Clone();
    }

    [Fact]
    public void ReadsEveryAlbumFieldIncludingNullableAndMixedOnes()
    {
        var album = ImgurJson.Read<ImgurAlbum>(Data("""
            {"data":{"id":"lDRB2","title":"Imgur Office","description":null,"datetime":1357856292,"cover":"24nLu","cover_edited":null,
             "cover_width":"2448","cover_height":3264,"account_url":"Alan","account_id":4,"privacy":"public","layout":"blog","views":13780,
             "link":"https://imgur.com/a/lDRB2","favorite":false,"nsfw":null,"section":"","order":"3","deletehash":"dhAlbum12345678",
             "images_count":"2","images":[{"id":"24nLu","datetime":1357856352},{"id":"Ziz25","webm_size":"12345"}],"in_gallery":true,
             "is_ad":false,"include_album_ads":"1","is_album":true,
             "ad_config":{"safeFlags":["album"],"highRiskFlags":[],"unsafeFlags":null,"wallUnsafeFlags":[],"showsAds":true}},"success":true,"status":200}
            """))!;

        Assert.Equal("lDRB2", album.Id);
        Assert.Equal("lDRB2", album.AlbumId);
        Assert.Null(album.Description);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1357856292), album.Datetime);
        Assert.Null(album.CoverEdited);
        Assert.Equal(2448, album.CoverWidth);
        Assert.Equal(3264, album.CoverHeight);
        Assert.Equal(4, album.AccountId);
        Assert.Equal(13780, album.Views);
        Assert.False(album.Favorite);
        Assert.Null(album.Nsfw);
        Assert.Null(album.Section);
        Assert.Equal(3, album.Order);
        Assert.Equal("dhAlbum12345678", album.DeleteHash);
        Assert.Equal(2, album.ImagesCount);
        Assert.Equal(new[] { "24nLu", "Ziz25" }, Array.ConvertAll(album.Images!, image => image.Id));
        Assert.Equal(12345, album.Images![1].WebmSize);
        Assert.True(album.IncludeAlbumAds);
        Assert.Equal(new[] { "album" }, album.AdConfig!.SafeFlags);
        Assert.Null(album.AdConfig.UnsafeFlags);
        Assert.True(album.AdConfig.ShowsAds);
    }

    [Fact]
    public void AnEmptyAnonymousAlbumHasNoCoverAndNoOwner()
    {
        var album = ImgurJson.Read<ImgurAlbum>(Data("""
            {"data":{"id":"abc","cover":null,"cover_width":null,"cover_height":null,"account_url":null,"account_id":null,"images_count":0,"images":[]},"success":true,"status":200}
            """))!;

        Assert.Null(album.Cover);
        Assert.Null(album.CoverWidth);
        Assert.Null(album.AccountUrl);
        Assert.Null(album.AccountId);
        Assert.Empty(album.Images!);
    }

    [Fact]
    public void ReadsTheLegacyAndAdFieldsOfAnImage()
    {
        var image = ImgurJson.Read<ImgurImage>(Data("""
            {"data":{"id":"a","webm":"https://i.imgur.com/a.webm","webm_size":"4096","comment_preview":null,"ad_config":{"showsAds":"0"}},"success":true,"status":200}
            """))!;

        Assert.Equal("https://i.imgur.com/a.webm", image.Webm);
        Assert.Equal(4096, image.WebmSize);
        Assert.False(image.AdConfig!.ShowsAds);
    }

    [Fact]
    public void ReadsACreatedAlbumFromJsonAndXml()
    {
        var json = ImgurJson.Read<ImgurAlbumCreated>(Data("""{"data":{"id":"XyZ12","deletehash":"dh0123456789abc"},"success":true,"status":200}"""))!;
        var xml = ImgurJson.Read<ImgurAlbumCreated>(Data(
            """<?xml version="1.0" encoding="utf-8"?><data success="1" status="200"><id>XyZ12</id><deletehash>dh0123456789abc</deletehash></data>""",
            "text/xml"))!;

        foreach (var created in new[] { json, xml })
        {
            Assert.Equal("XyZ12", created.Id);
            Assert.Equal("XyZ12", created.AlbumId);
            Assert.Equal("dh0123456789abc", created.DeleteHash);
            Assert.Equal("https://imgur.com/a/XyZ12", created.Link);
        }
    }

    [Theory]
    [InlineData("\"favorited\"", true)]
    [InlineData("\"unfavorited\"", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void FavoriteTogglesReadAsIsNowFavorite(string data, bool expected) =>
        Assert.Equal(expected, ImgurJson.ReadBoolean(Data($$"""{"data":{{data}},"success":true,"status":200}""")));

    [Fact]
    public void IdListsAndCountsAcceptNumbersAndStrings()
    {
        Assert.Equal(new List<string> { "abc", "12345" }, ImgurJson.ReadIds(Data("""{"data":["abc",12345],"success":true,"status":200}""")));
        Assert.Equal(7, ImgurJson.ReadInt64(Data("""{"data":"7","success":true,"status":200}""")));
        Assert.Equal(7, ImgurJson.ReadInt64(Data("""{"data":7,"success":true,"status":200}""")));
    }

    [Fact]
    public void PlainDataKeepsWholeNumbersWhole()
    {
        var plain = (Dictionary<string, object?>)ImgurJson.ToPlain(Data("""{"data":{"n":1735686950,"x":1.5,"list":[true,null,"s"]},"success":true,"status":200}"""))!;

        Assert.IsType<long>(plain["n"]);
        Assert.IsType<double>(plain["x"]);
        Assert.Equal(new List<object?> { true, null, "s" }, plain["list"]);
    }

    [Fact]
    public void ReadsTheTokenCheckAnswer()
    {
        var status = ImgurJson.Read<ImgurTokenStatus>(Data("""{"data":{"account_id":"1000001","account_username":"someone"},"success":true,"status":200}"""))!;
        Assert.Equal(1000001, status.AccountId);
        Assert.Equal("someone", status.AccountUsername);
    }
}
