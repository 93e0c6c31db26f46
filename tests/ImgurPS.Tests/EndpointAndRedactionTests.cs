using System;
using ImgurPS.Client;

namespace ImgurPS.Tests;

public class EndpointAndRedactionTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://localhost:8080/", "http://localhost:8080/")]
    [InlineData("http://[::1]:9000", "http://[::1]:9000/")]
    [InlineData("https://api.imgur.com", "https://api.imgur.com/")]
    [InlineData("https://proxy.example.com/imgur", "https://proxy.example.com/imgur/")]
    public void AcceptsHttpsAnywhereAndHttpOnLoopback(string given, string expected)
    {
        Assert.Equal(new Uri(expected), ImgurEndpoint.Validate(new Uri(given)));
    }

    [Theory]
    [InlineData("http://api.imgur.com/")]
    [InlineData("http://192.168.1.10:5000/")]
    public void RefusesPlainHttpOffThisMachine(string given)
    {
        var error = Assert.Throws<ArgumentException>(() => ImgurEndpoint.Validate(new Uri(given)));
        Assert.Contains("plain http", error.Message);
        Assert.Contains(new Uri(given).Host, error.Message);
    }

    [Theory]
    [InlineData("http://user:pa55word@127.0.0.1:5000/")]
    [InlineData("https://someone@api.imgur.com/")]
    public void RefusesUserInformationWithoutRepeatingIt(string given)
    {
        var error = Assert.Throws<ArgumentException>(() => ImgurEndpoint.Validate(new Uri(given)));
        Assert.Contains("user information", error.Message);
        Assert.DoesNotContain(new Uri(given).UserInfo, error.Message);
    }

    [Fact]
    public void RefusesOtherSchemes()
    {
        Assert.Throws<ArgumentException>(() => ImgurEndpoint.Validate(new Uri("ftp://127.0.0.1/")));
    }

    [Theory]
    [InlineData("Authorization: Bearer 0123456789abcdef0123456789abcdef01234567", "0123456789abcdef0123456789abcdef01234567")]
    [InlineData("grant_type=refresh_token&client_secret=s3cr3t-value&refresh_token=r3fr3sh-value", "s3cr3t-value")]
    [InlineData("grant_type=refresh_token&client_secret=s3cr3t-value&refresh_token=r3fr3sh-value", "r3fr3sh-value")]
    [InlineData("{\"access_token\":\"tok-abcdef\",\"expires_in\":3600}", "tok-abcdef")]
    [InlineData("X-Mashape-Key: market-key-123", "market-key-123")]
    [InlineData("bad request: {\"password\":\"hunter2\",\"reasons\":[]}", "hunter2")]
    [InlineData("password=hunter2&reasons=x", "hunter2")]
    public void MasksSecretShapes(string text, string secret)
    {
        var masked = Redaction.Redact(text);
        Assert.DoesNotContain(secret, masked);
        Assert.Contains(Redaction.Mask, masked);
    }

    [Fact]
    public void MasksRegisteredSecretsAnywhere()
    {
        Redaction.Register("a-registered-secret-value");
        Assert.Equal("token was *** here", Redaction.Redact("token was a-registered-secret-value here"));
    }

    [Fact]
    public void ApiExceptionsAreRedacted()
    {
        Redaction.Register("leaky-token-0123456789");
        var error = new ImgurApiException(403, "bad token leaky-token-0123456789", "GET", "/3/credits");
        Assert.DoesNotContain("leaky-token-0123456789", error.Message);
        Assert.DoesNotContain("leaky-token-0123456789", error.ImgurMessage);
    }
}
