using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using ImgurPS.Client;
using ImgurPS.Client.Json;

namespace ImgurPS.Tests;

public class ScalarReadingTests
{
    private static JsonElement Data(string json)
    {
        using var payload = ImgurResponseParser.Parse(200, "application/json", Encoding.UTF8.GetBytes(json), "GET", "/3/x");
        return payload.Data.Clone();
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"favorited\"", true)]
    [InlineData("\"unfavorited\"", false)]
    [InlineData("null", false)]
    public void ReadsYesNoAnswersIncludingTheFavoriteToggleWords(string data, bool expected)
    {
        Assert.Equal(expected, ImgurJson.ReadBoolean(Data($$"""{"data":{{data}},"success":true,"status":200}""")));
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("\"42\"", 42)]
    [InlineData("null", 0)]
    public void ReadsCountsWrittenAsNumbersOrStrings(string data, long expected)
    {
        Assert.Equal(expected, ImgurJson.ReadInt64(Data($$"""{"data":{{data}},"success":true,"status":200}""")));
    }

    [Fact]
    public void ReadsIdListsThatMixNumbersAndStrings()
    {
        var ids = ImgurJson.ReadIds(Data("""{"data":["AbC1234",1234567890,"x"],"success":true,"status":200}"""));
        Assert.Equal(new[] { "AbC1234", "1234567890", "x" }, ids);
    }

    [Fact]
    public void TurnsAnyPayloadIntoPlainValues()
    {
        var plain = ImgurJson.ToPlain(Data("""{"data":{"id":"a","n":3,"r":1.5,"ok":true,"none":null,"list":[1,"two"]},"success":true,"status":200}"""));

        var fields = Assert.IsType<Dictionary<string, object?>>(plain);
        Assert.Equal("a", fields["id"]);
        Assert.Equal(3L, fields["n"]);
        Assert.Equal(1.5, fields["r"]);
        Assert.Equal(true, fields["ok"]);
        Assert.Null(fields["none"]);
        Assert.Equal(new List<object?> { 1L, "two" }, fields["list"]);
    }

    [Fact]
    public void JoinsArrayParametersWithCommas()
    {
        Assert.Equal("a,b", ImgurRequest.Join(new[] { "a", "b" }));
        Assert.Null(ImgurRequest.Join(System.Array.Empty<string>()));
        Assert.Null(ImgurRequest.Join(null));
    }
}
