using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImgurPS.Client;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Tests;

public class ModelParsingTests
{
    private static JsonElement Data(string json)
    {
        using var payload = ImgurResponseParser.Parse(200, "application/json", Encoding.UTF8.GetBytes(json), "GET", "/3/x");
        return payload.Data.Clone();
    }

    [Fact]
    public void ReadsAnImageWithSnakeCaseFields()
    {
        var image = ImgurJson.Read<ImgurImage>(Data("""
            {"data":{"id":"AbC1234","datetime":1700000000,"type":"image/png","width":640,"height":480,"size":123456,
             "deletehash":"0123456789abcde","link":"https://i.imgur.com/AbC1234.png","account_id":0,"account_url":null,
             "in_most_viral":true,"mp4_size":0},"success":true,"status":200}
            """))!;

        Assert.Equal("AbC1234", image.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), image.Datetime);
        Assert.Equal(640, image.Width);
        Assert.Equal(123456, image.Size);
        Assert.Equal("0123456789abcde", image.DeleteHash);
        Assert.Equal(0, image.AccountId);
        Assert.Null(image.AccountUrl);
        Assert.True(image.InMostViral);
    }

    [Fact]
    public void NumbersAndBooleansMayArriveAsStrings()
    {
        var image = ImgurJson.Read<ImgurImage>(Data("""
            {"data":{"id":"a","width":"640","size":"2048","mp4_size":"1000","edited":"1","animated":"0","nsfw":"true","datetime":"1700000000"},"success":true,"status":200}
            """))!;

        Assert.Equal(640, image.Width);
        Assert.Equal(2048, image.Size);
        Assert.Equal(1000, image.Mp4Size);
        Assert.True(image.Edited);
        Assert.False(image.Animated);
        Assert.True(image.Nsfw);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), image.Datetime);
    }

    [Fact]
    public void EmptyStringsReadAsNullAsTheyDoInXml()
    {
        var image = ImgurJson.Read<ImgurImage>(Data("""{"data":{"id":"a","ad_url":"","name":"","title":"Kept"},"success":true,"status":200}"""))!;
        Assert.Null(image.AdUrl);
        Assert.Null(image.Name);
        Assert.Equal("Kept", image.Title);
    }

    [Fact]
    public void FieldsOfTheWrongShapeDoNotFailTheResponse()
    {
        var image = ImgurJson.Read<ImgurImage>(Data("""
            {"data":{"id":"a","datetime":false,"tags":["funny",{"name":"cats"}],"processing":"done","width":{"x":1},
             "title":{"nested":true},"vote":null,"nsfw":null,"ad_config":{"safeFlags":[]},"brand_new_field":[1,2]},"success":true,"status":200}
            """))!;

        Assert.Equal("a", image.Id);
        Assert.Null(image.Datetime);
        Assert.Equal("cats", Assert.Single(image.Tags!).Name);
        Assert.Null(image.Processing);
        Assert.Equal(0, image.Width);
        Assert.Null(image.Title);
        Assert.Null(image.Nsfw);
    }

    [Fact]
    public void ALoneObjectWhereAnArrayBelongsBecomesOneItem()
    {
        var album = ImgurJson.Read<ImgurAlbum>(Data("""{"data":{"id":"alb","images":{"id":"img"}},"success":true,"status":200}"""))!;
        Assert.Equal("img", Assert.Single(album.Images!).Id);
    }

    [Fact]
    public void GalleryListingsAreToldApartByIsAlbum()
    {
        var items = ImgurJson.ReadList<IImgurGalleryItem>(Data("""
            {"data":[
              {"id":"img1","is_album":false,"title":"An image","points":10,"type":"image/png"},
              {"id":"alb1","title":"An album","is_album":true,"images_count":3,"points":"20"},
              {"id":"alb2","is_album":"1","images_count":1},
              "not an item"
            ],"success":true,"status":200}
            """));

        Assert.Equal(3, items.Count);
        var image = Assert.IsType<ImgurGalleryImage>(items[0]);
        Assert.Equal("image/png", image.Type);
        var album = Assert.IsType<ImgurGalleryAlbum>(items[1]);
        Assert.Equal(3, album.ImagesCount);
        Assert.Equal(20, album.Points);
        Assert.True(album.IsAlbum);
        Assert.IsType<ImgurGalleryAlbum>(items[2]);
    }

    [Fact]
    public void CreditsUsePascalCaseAndAnEpochReset()
    {
        var credit = ImgurJson.Read<ImgurCredit>(Data("""
            {"data":{"UserLimit":500,"UserRemaining":498,"UserReset":1700003600,"ClientLimit":12500,"ClientRemaining":12467},"success":true,"status":200}
            """))!;

        Assert.Equal(500, credit.UserLimit);
        Assert.Equal(498, credit.UserRemaining);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700003600), credit.UserReset);
        Assert.Equal(12467, credit.ClientRemaining);
    }

    [Fact]
    public void XmlAndJsonGiveTheSameGalleryItems()
    {
        const string json = """
            {"data":[
              {"id":"img1","title":"Sunset","datetime":1700000000,"is_album":false,"animated":false,"width":640,"height":480,
               "size":1234,"views":99,"nsfw":null,"points":7,"tags":[{"name":"sky","followers":3}]},
              {"id":"alb1","title":"Trip","datetime":1700000100,"is_album":true,"images_count":2,"cover":"c1",
               "images":[{"id":"c1","type":"image/jpeg"},{"id":"c2","type":"image/png"}]}
            ],"success":true,"status":200}
            """;
        const string xml = """
            <data type="array" success="1" status="200">
              <item><id>img1</id><title>Sunset</title><datetime>1700000000</datetime><is_album>false</is_album><animated>false</animated>
                <width>640</width><height>480</height><size>1234</size><views>99</views><nsfw/><points>7</points>
                <tags type="array"><item><name>sky</name><followers>3</followers></item></tags></item>
              <item><id>alb1</id><title>Trip</title><datetime>1700000100</datetime><is_album>true</is_album><images_count>2</images_count><cover>c1</cover>
                <images type="array"><item><id>c1</id><type>image/jpeg</type></item><item><id>c2</id><type>image/png</type></item></images></item>
            </data>
            """;

        using var xmlPayload = ImgurResponseParser.Parse(200, "application/xml", Encoding.UTF8.GetBytes(xml), "GET", "/3/gallery.xml");
        var fromJson = ImgurJson.ReadList<IImgurGalleryItem>(Data(json));
        var fromXml = ImgurJson.ReadList<IImgurGalleryItem>(xmlPayload.Data);

        Assert.Equal(Serialize(fromJson), Serialize(fromXml));
        Assert.Equal("sky", ((ImgurGalleryImage)fromXml[0]).Tags!.Single().Name);
    }

    [Fact]
    public void XmlAndJsonGiveTheSameAccountAndNotifications()
    {
        // The reputation and the notification content are read by converters the context registers for their types.
        const string json = """
            {"data":{"account":{"id":1000001,"url":"emulator-user","reputation":1234.5},
              "notifications":[
                {"id":1,"account_id":1000001,"viewed":false,"content":{"id":77,"comment":"hi","author":"x"}},
                {"id":2,"viewed":true,"content":{"id":9,"from":"friend","message_num":"3","last_message":"hey"}}
              ]},"success":true,"status":200}
            """;
        const string xml = """
            <data success="1" status="200">
              <account><id>1000001</id><url>emulator-user</url><reputation>1234.5</reputation></account>
              <notifications type="array">
                <item><id>1</id><account_id>1000001</account_id><viewed>false</viewed><content><id>77</id><comment>hi</comment><author>x</author></content></item>
                <item><id>2</id><viewed>true</viewed><content><id>9</id><from>friend</from><message_num>3</message_num><last_message>hey</last_message></content></item>
              </notifications>
            </data>
            """;

        using var xmlPayload = ImgurResponseParser.Parse(200, "application/xml", Encoding.UTF8.GetBytes(xml), "GET", "/3/x.xml");
        var fromJson = Data(json);

        var account = ImgurJson.Read<ImgurAccount>(xmlPayload.Data.GetProperty("account"))!;
        Assert.Equal(1234.5, account.Reputation);
        Assert.Equal(Serialize(ImgurJson.Read<ImgurAccount>(fromJson.GetProperty("account"))!), Serialize(account));

        var notifications = ImgurJson.ReadList<ImgurNotification>(xmlPayload.Data.GetProperty("notifications"));
        Assert.Equal(new List<ImgurNotificationKind> { ImgurNotificationKind.Reply, ImgurNotificationKind.Message }, notifications.Select(notification => notification.Kind).ToList());
        Assert.Equal(
            ImgurJson.ReadList<ImgurNotification>(fromJson.GetProperty("notifications")).Select(Serialize),
            notifications.Select(Serialize));
    }

    [Fact]
    public void ModelsCarryNoConvertersOfTheirOwn()
    {
        // Every model the wire context reads, and the models their properties hold (the assembly's full type list
        // would need System.Management.Automation for the cmdlets).
        var pending = new Stack<Type>(typeof(ImgurJsonContext).CustomAttributes
            .Where(attribute => attribute.AttributeType == typeof(JsonSerializableAttribute))
            .Select(attribute => (Type)attribute.ConstructorArguments[0].Value!));
        var models = new HashSet<Type>();
        var withConverters = new List<string>();
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Namespace != typeof(ImgurImage).Namespace || !models.Add(type)) continue;
            if (type.IsDefined(typeof(JsonConverterAttribute), inherit: true)) withConverters.Add(type.Name);
            foreach (var property in type.GetProperties())
            {
                if (property.IsDefined(typeof(JsonConverterAttribute), inherit: true)) withConverters.Add($"{type.Name}.{property.Name}");
                var held = property.PropertyType.IsArray ? property.PropertyType.GetElementType()! : property.PropertyType;
                pending.Push(Nullable.GetUnderlyingType(held) ?? held);
            }
        }

        Assert.Contains(typeof(ImgurNotificationContent), models);
        Assert.Empty(withConverters);
    }

    private static string Serialize(object model) => JsonSerializer.Serialize(model, ImgurJson.Options.GetTypeInfo(model.GetType()));

    private static string Serialize(System.Collections.Generic.IEnumerable<IImgurGalleryItem> items) =>
        string.Join("\n", items.Select(item => JsonSerializer.Serialize(item, ImgurJson.Options.GetTypeInfo(item.GetType()))));
}
