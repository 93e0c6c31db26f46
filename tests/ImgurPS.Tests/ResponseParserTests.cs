using System.Linq;
using System.Text;
using System.Text.Json;
using ImgurPS.Client;

namespace ImgurPS.Tests;

public class ResponseParserTests
{
    private static ImgurPayload Parse(int status, string body, string? mediaType = "application/json") =>
        ImgurResponseParser.Parse(status, mediaType, Encoding.UTF8.GetBytes(body), "GET", "/3/image/zzzzzzz.json");

    private static ImgurApiException Fails(int status, string body, string? mediaType = "application/json") =>
        Assert.Throws<ImgurApiException>(() => Parse(status, body, mediaType));

    [Theory]
    [InlineData("""{"data":{"id":"AbC1234"},"success":true,"status":200}""")]
    [InlineData("""{"status":200,"success":true,"data":{"id":"AbC1234"}}""")]
    public void UnwrapsTheDataOfTheEnvelopeWhateverTheKeyOrder(string body)
    {
        using var payload = Parse(200, body);
        Assert.Equal("AbC1234", payload.Data.GetProperty("id").GetString());
    }

    [Fact]
    public void ScalarDataIsReturnedAsIs()
    {
        using var payload = Parse(200, """{"data":true,"success":true,"status":200}""");
        Assert.Equal(JsonValueKind.True, payload.Data.ValueKind);
    }

    [Fact]
    public void FormAStringErrorKeepsStatusMessageMethodAndPath()
    {
        var error = Fails(404, """{"data":{"error":"Unable to find an image with the id, zzzzzzz","request":"/3/image/zzzzzzz","method":"GET"},"success":false,"status":404}""");
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Unable to find an image with the id, zzzzzzz", error.ImgurMessage);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/3/image/zzzzzzz.json", error.RequestPath);
        Assert.Contains("404", error.Message);
    }

    [Fact]
    public void FormBErrorObjectGivesItsMessageAndCode()
    {
        var error = Fails(400, """{"data":{"error":{"code":1002,"message":"File is over the size limit","type":"ImgurException","exception":[]},"request":"/3/image","method":"POST"},"success":false,"status":400}""");
        Assert.Equal("File is over the size limit", error.ImgurMessage);
        Assert.Equal("1002", error.ErrorCode);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void FormBWithoutAMessageNamesTheCode()
    {
        var error = Fails(400, """{"data":{"error":{"code":1002,"type":"ImgurException","exception":{}}},"success":false,"status":400}""");
        Assert.Equal("Error code 1002", error.ImgurMessage);
    }

    [Fact]
    public void FormCStringDataIsTheMessage()
    {
        var error = Fails(500, """{"data":"An error occurred","success":false,"status":500}""");
        Assert.Equal("An error occurred", error.ImgurMessage);
        Assert.Equal(500, error.StatusCode);
    }

    [Fact]
    public void FormCFalseDataStillFails()
    {
        var error = Fails(400, """{"data":false,"success":false,"status":400}""");
        Assert.Equal(400, error.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(error.ImgurMessage));
    }

    [Fact]
    public void FormDErrorsArrayKeepsTheStringCode()
    {
        var error = Fails(429, """{"errors":[{"id":"legacy-api-1","code":"429","status":"Too Many Requests","detail":"Too Many Requests"}]}""", "application/vnd.imgur.v1+json");
        Assert.Equal(429, error.StatusCode);
        Assert.Equal("429", error.ErrorCode);
        Assert.Equal("Too Many Requests", error.ImgurMessage);
    }

    [Fact]
    public void FormEHtmlPageBecomesAReadableMessageWithoutMarkup()
    {
        var error = Fails(503, "<!DOCTYPE html><html><head><title>Error 503 Service Unavailable</title></head><body><h1>Guru Meditation</h1><p>client read error</p></body></html>", "text/html");
        Assert.Equal(503, error.StatusCode);
        Assert.Contains("Error 503 Service Unavailable", error.ImgurMessage);
        Assert.DoesNotContain("<", error.ImgurMessage);
    }

    [Fact]
    public void EmptyErrorBodyKeepsTheHttpStatus()
    {
        var error = Fails(429, "", null);
        Assert.Equal(429, error.StatusCode);
    }

    [Fact]
    public void FormFErrorWithHttp200AndSuccessTrueIsAFailure()
    {
        var error = Fails(200, """{"data":{"error":"Unauthorized","request":"/3/account/me/image/x","method":"DELETE"},"success":true,"status":200}""");
        Assert.Equal("Unauthorized", error.ImgurMessage);
    }

    [Fact]
    public void HttpStatusWinsOverADifferentBodyStatus()
    {
        var error = Fails(429, """{"data":{"error":{"code":429,"message":"You are uploading too fast. Please wait 59 more minutes."}},"success":false,"status":400}""");
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(400, error.BodyStatus);
        Assert.Equal("You are uploading too fast. Please wait 59 more minutes.", error.ImgurMessage);
    }

    [Fact]
    public void BodyStatusSpeaksWhenHttpClaimedSuccess()
    {
        var error = Fails(200, """{"data":{"error":"Imgur is temporarily over capacity. Please try again later."},"success":false,"status":500}""");
        Assert.Equal(500, error.StatusCode);
    }

    [Fact]
    public void MarketplaceMessageWithoutEnvelopeIsAnError()
    {
        var error = Fails(403, """{"message":"Missing Mashape application key. Go to http://docs.mashape.com/api-keys to learn how to get your API application key."}""");
        Assert.StartsWith("Missing Mashape application key", error.ImgurMessage);
    }

    [Fact]
    public void UnwrappedOAuthTokenIsTheData()
    {
        using var payload = Parse(200, """{"access_token":"abc","expires_in":3600,"token_type":"bearer","refresh_token":"def"}""");
        Assert.Equal("abc", payload.Data.GetProperty("access_token").GetString());
    }

    [Fact]
    public void NonJsonTextIsAClearError()
    {
        var error = Fails(502, "upstream connect error", "text/plain");
        Assert.Equal(502, error.StatusCode);
        Assert.Contains("neither JSON nor XML", error.ImgurMessage);
    }

    [Fact]
    public void XmlSuccessBecomesTheSameData()
    {
        using var payload = Parse(200, """<data success="1" status="200"><id>AbC1234</id><title/><width>640</width></data>""", "application/xml");
        Assert.Equal("AbC1234", payload.Data.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, payload.Data.GetProperty("title").ValueKind);
    }

    [Fact]
    public void XmlArrayBecomesAnArray()
    {
        using var payload = Parse(200, """<data type="array" success="1" status="200"><item><id>a</id></item><item><id>b</id></item></data>""", "application/xml");
        Assert.Equal(2, payload.Data.GetArrayLength());
    }

    [Fact]
    public void XmlErrorIsAnError()
    {
        var error = Fails(404, """<data success="0" status="404"><error>Unable to find an image with the id, zzzzzzz</error><request>/3/image/zzzzzzz.xml</request><method>GET</method></data>""", "application/xml");
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Unable to find an image with the id, zzzzzzz", error.ImgurMessage);
    }

    [Fact]
    public void XmlRootMarkedAsArrayButHoldingFieldsIsAnObject()
    {
        // A real upload answered in XML says type="array" on a root that holds one image's fields (spec Q33).
        using var payload = Parse(200, """<data type="array" success="1" status="200"><id>AbC1234</id><deletehash>xyz</deletehash><link>https://i.imgur.com/AbC1234.png</link></data>""", "text/xml");
        Assert.Equal(JsonValueKind.Object, payload.Data.ValueKind);
        Assert.Equal("xyz", payload.Data.GetProperty("deletehash").GetString());
    }

    [Fact]
    public void XmlErrorUnderARootMarkedAsArrayKeepsItsMessage()
    {
        var error = Fails(400, """<data type="array" success="0" status="400"><error>Image format not supported, or image is corrupt.</error><request>/3/upload.xml</request><method>POST</method></data>""", "text/xml");
        Assert.Equal("Image format not supported, or image is corrupt.", error.ImgurMessage);
    }

    [Theory]
    [InlineData("""<active_emails><item>a@b.c</item></active_emails>""", 1)]
    [InlineData("""<active_emails><item>a@b.c</item><item>d@e.f</item><item>g@h.i</item></active_emails>""", 3)]
    [InlineData("""<active_emails type="array"/>""", 0)]
    public void XmlItemsAreAListWithoutATypeAttributeAndAllAreKept(string field, int count)
    {
        using var payload = Parse(200, $"""<data success="1" status="200"><account_url>someone</account_url>{field}</data>""", "text/xml");
        var emails = payload.Data.GetProperty("active_emails");
        Assert.Equal(JsonValueKind.Array, emails.ValueKind);
        Assert.Equal(count, emails.GetArrayLength());
    }

    [Fact]
    public void XmlFieldWrittenTwiceKeepsItsFirstValue()
    {
        // Imgur's tag vote example writes the author as a second <name>.
        using var payload = Parse(200, """<data success="1" status="200"><tags><item><ups>20</ups><name>funny</name><name>jasdev</name></item></tags></data>""", "text/xml");
        Assert.Equal("funny", payload.Data.GetProperty("tags")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void MalformedXmlIsReportedAsMalformedXmlWithTheStatus()
    {
        // The shape of the example on Imgur's error-handling page: mismatched tags, envelope outside <data>.
        var error = Fails(403, """<?xml version="1.0" encoding="utf-8"?><data><error>Permission denied</errror><request>/3/account/me.xml</request></data><success>0</success><status>403</status>""", "text/xml");
        Assert.Equal(403, error.StatusCode);
        Assert.StartsWith("Forbidden: Imgur sent malformed XML", error.ImgurMessage);
        Assert.DoesNotContain("HTML", error.ImgurMessage);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Imgur is over capacity!</title></head><body><p>Try again<br></body></html>")]
    [InlineData("<html><head><title>Imgur is over capacity!</title></head><body/></html>")]
    [InlineData("<div class=\"oops\"><title>Imgur is over capacity!</title><br></div>")]
    public void WebPagesAreStillReportedAsWebPages(string page)
    {
        var error = Fails(503, page, "text/html");
        Assert.Contains("HTML page (\"Imgur is over capacity!\")", error.ImgurMessage);
    }

    [Fact]
    public void JsonpAnswerIsTheScriptText()
    {
        const string script = """show({"data":{"UserLimit":500},"success":true,"status":200});""";
        using var payload = ImgurResponseParser.ParseJsonp(200, Encoding.UTF8.GetBytes(script), "show", "GET", "/3/credits.json");
        Assert.Equal(script, payload.Data.GetString());
    }

    [Theory]
    [InlineData(400, """show({"data":{"error":"Bad callback","request":"/3/credits.json","method":"GET"},"success":false,"status":400});""", "Bad callback")]
    [InlineData(403, """{"data":{"error":"Invalid client_id","request":"/3/credits.json","method":"GET"},"success":false,"status":403}""", "Invalid client_id")]
    [InlineData(200, """{"data":{"UserLimit":500},"success":true,"status":200}""", "did not wrap its answer in show(...)")]
    public void JsonpErrorsAndUnwrappedAnswersAreErrors(int status, string body, string message)
    {
        var error = Assert.Throws<ImgurApiException>(() => ImgurResponseParser.ParseJsonp(status, Encoding.UTF8.GetBytes(body), "show", "GET", "/3/credits.json"));
        Assert.Contains(message, error.ImgurMessage);
    }
}
