using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using ImgurPS.Client;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The gallery, topic, tag and custom-gallery models read the spec's field lists (sections 3.13-3.18, 3.22).</summary>
public class GalleryModelTests
{
    private static JsonElement Data(string data)
    {
        using var payload = ImgurResponseParser.Parse(200, "application/json", Encoding.UTF8.GetBytes("{\"data\":" + data + ",\"success\":true,\"status\":200}"), "GET", "/3/x");
        return payload.Data.Clone();
    }

    [Fact]
    public void ReadsAVoteWithCountsAsNumbersOrStrings()
    {
        var vote = ImgurJson.Read<ImgurVote>(Data("""{"ups":"12","downs":3}"""))!;
        Assert.Equal(12, vote.Ups);
        Assert.Equal(3, vote.Downs);
    }

    [Fact]
    public void ReadsATagVoteAndBindsItByTagName()
    {
        var vote = ImgurJson.Read<ImgurTagVote>(Data("""{"ups":5,"downs":"1","name":"cats","author":"someone"}"""))!;
        Assert.Equal("cats", vote.Name);
        Assert.Equal("cats", vote.TagName);
        Assert.Equal(5, vote.Ups);
        Assert.Equal(1, vote.Downs);
        Assert.Equal("someone", vote.Author);
    }

    [Fact]
    public void ReadsATopicWithItsCamelCaseKeysAndAnIdAsNumberOrString()
    {
        var topic = ImgurJson.Read<ImgurTopic>(Data("""
            {"id":"29","name":"Funny","description":"LOLs","css":null,"ephemeral":false,"readonly":"1","isHero":true,
             "topPost":{"id":"abc12","is_album":true,"images_count":2,"points":40},
             "heroImage":{"id":"Hero123","type":"image/jpeg","width":100}}
            """))!;

        Assert.Equal(29, topic.Id);
        Assert.Equal("29", topic.TopicId);
        Assert.Equal("Funny", topic.Name);
        Assert.Null(topic.Css);
        Assert.False(topic.Ephemeral);
        Assert.True(topic.Readonly);
        Assert.True(topic.IsHero);
        var top = Assert.IsType<ImgurGalleryAlbum>(topic.TopPost);
        Assert.Equal("abc12", top.GalleryId);
        Assert.Equal(40, top.Points);
        Assert.Equal("Hero123", topic.HeroImage!.Id);

        var numeric = ImgurJson.Read<ImgurTopic>(Data("""{"id":12,"name":"Aww","topPost":null,"heroImage":"none"}"""))!;
        Assert.Equal("12", numeric.TopicId);
        Assert.Null(numeric.TopPost);
        Assert.Null(numeric.HeroImage);
    }

    [Fact]
    public void ReadsACustomGalleryWithMixedItems()
    {
        var gallery = ImgurJson.Read<ImgurCustomGallery>(Data("""
            {"account_url":"emulator-user","link":"https://imgur.com/g/custom","tags":["cats","dogs"],"item_count":"120",
             "items":[{"id":"i1","is_album":false},{"id":"a1","is_album":"1"},"broken"]}
            """))!;

        Assert.Equal("emulator-user", gallery.AccountUrl);
        Assert.Equal(new[] { "cats", "dogs" }, gallery.Tags);
        Assert.Equal(120, gallery.ItemCount);
        Assert.Equal(2, gallery.Items!.Length);
        Assert.IsType<ImgurGalleryImage>(gallery.Items[0]);
        Assert.IsType<ImgurGalleryAlbum>(gallery.Items[1]);
    }

    [Fact]
    public void ReadsMemeMetadataOnGalleryImages()
    {
        var item = ImgurJson.Read<IImgurGalleryItem>(Data("""
            {"id":"m1","is_album":false,"meme_metadata":{"meme_name":"Success Kid","top_text":"tests","bottom_text":"pass","bg_image":"bg12345"}}
            """));

        var image = Assert.IsType<ImgurGalleryImage>(item);
        Assert.Equal("Success Kid", image.MemeMetadata!.MemeName);
        Assert.Equal("tests", image.MemeMetadata.TopText);
        Assert.Equal("pass", image.MemeMetadata.BottomText);
        Assert.Equal("bg12345", image.MemeMetadata.BgImage);

        var plain = Assert.IsType<ImgurGalleryImage>(ImgurJson.Read<IImgurGalleryItem>(Data("""{"id":"p1","meme_metadata":false}""")));
        Assert.Null(plain.MemeMetadata);
    }

    [Fact]
    public void ReadsATagWithItemsAndANumericStringId()
    {
        var tag = ImgurJson.Read<ImgurTag>(Data("""
            {"id":"4023","name":"funny","display_name":"Funny","followers":"1500","total_items":200000,"following":false,
             "is_whitelisted":"0","background_hash":"bgHash1","thumbnail_hash":null,"accent":"60A6D7","background_is_animated":false,
             "thumbnail_is_animated":false,"is_promoted":false,"description":"LOLs","logo_hash":null,"logo_destination_url":null,
             "description_annotations":{},"items":[{"id":"g1","is_album":false},{"id":"g2","is_album":true}]}
            """))!;

        Assert.Equal("4023", tag.Id);
        Assert.Equal("funny", tag.TagName);
        Assert.Equal(1500, tag.Followers);
        Assert.Equal(200000, tag.TotalItems);
        Assert.False(tag.IsWhitelisted);
        Assert.Null(tag.ThumbnailHash);
        Assert.Equal(new[] { "g1", "g2" }, tag.Items!.Select(item => item.GalleryId));
        Assert.True(tag.Items![1].IsAlbum);

        var numericId = ImgurJson.Read<ImgurTag>(Data("""{"id":4024,"name":"aww"}"""))!;
        Assert.Equal("4024", numericId.Id);
        Assert.Null(numericId.Items);
    }

    [Fact]
    public void ReadsTheTagListWithFeaturedTagAndGalleries()
    {
        var list = ImgurJson.Read<ImgurTagList>(Data("""
            {"tags":[{"id":"1","name":"funny"},{"id":"2","name":"aww"}],"featured":"funny",
             "galleries":[{"id":1,"name":"Most Viral"},{"id":"2","name":"User Sub"}]}
            """))!;

        Assert.Equal(new[] { "funny", "aww" }, list.Tags!.Select(tag => tag.Name));
        Assert.Equal("funny", list.Featured);
        Assert.Equal(new[] { "1", "2" }, list.Galleries!.Select(gallery => gallery.Id));
        Assert.Equal("Most Viral", list.Galleries![0].Name);
    }
}
