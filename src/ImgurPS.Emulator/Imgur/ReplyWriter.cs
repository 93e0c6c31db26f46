using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ImgurPS.Emulator.Imgur;

/// <summary>
/// The one place replies become bytes: JSON, XML or JSONP envelopes, the bare and HTML bodies,
/// <c>_fake_status</c>, and the weak ETag with its 304 (spec 1.7, 1.10).
/// </summary>
public static class ReplyWriter
{
    // Titles stay readable (no \u escapes for quotes or accents), like Imgur's own output.
    static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext http, ApiRequest request, Reply reply)
    {
        if (reply.RetryAfter is int seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return reply switch
        {
            ErrorReply error => WriteEnvelopeAsync(http, request, error.ToEnvelope(request)),
            EnvelopeReply envelope => WriteEnvelopeAsync(http, request, envelope),
            BareJsonReply bare => WriteBodyAsync(http.Response, bare.HttpStatus, bare.ContentType, ToJson(bare.Body)),
            HtmlReply html => WriteBodyAsync(http.Response, html.HttpStatus, "text/html; charset=utf-8", HtmlPage(html)),
            PageReply page => WriteBodyAsync(http.Response, page.HttpStatus, "text/html; charset=utf-8", page.Html),
            RedirectReply redirect => Redirect(http.Response, redirect.Location),
            DropReply drop => DropAsync(http, request, drop),
            _ => WriteBodyAsync(http.Response, reply.HttpStatus, contentType: null, body: null),
        };
    }

    static Task WriteEnvelopeAsync(HttpContext http, ApiRequest request, EnvelopeReply reply)
    {
        (string body, string contentType) = Serialize(request, reply);
        if (reply is { Success: true, HttpStatus: 200 } && HttpMethods.IsGet(request.Method))
        {
            // The body is a function of data and format alone, so its hash is a fair representation tag.
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(body)))}\"", isWeak: true);
            http.Response.Headers.ETag = etag.ToString();
            bool unchanged = http.Request.GetTypedHeaders().IfNoneMatch
                .Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
            if (unchanged)
            {
                return WriteBodyAsync(http.Response, StatusCodes.Status304NotModified, contentType: null, body: null);
            }
        }

        return WriteBodyAsync(http.Response, request.FakeStatus ? StatusCodes.Status200OK : reply.HttpStatus, contentType, body);
    }

    /// <summary>Sends half of the partial answer (its full length announced), or nothing, then breaks the connection.</summary>
    static async Task DropAsync(HttpContext http, ApiRequest request, DropReply drop)
    {
        if (drop.Partial is { } partial)
        {
            Stream original = http.Response.Body;
            using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            await WriteAsync(http, request, partial);
            http.Response.Body = original;
            byte[] bytes = buffer.ToArray();
            await original.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await original.FlushAsync();
        }

        http.Abort();
    }

    static Task Redirect(HttpResponse response, string location)
    {
        response.Headers.Location = location;
        return WriteBodyAsync(response, StatusCodes.Status302Found, contentType: null, body: null);
    }

    static string ToJson(JsonNode node) => node.ToJsonString(JsonOptions);

    static (string Body, string ContentType) Serialize(ApiRequest request, EnvelopeReply reply)
    {
        if (request.Format == WireFormat.Xml)
        {
            return (XmlEnvelope.Write(reply.Data, reply.Success, reply.BodyStatus, request.IsUpload), "application/xml");
        }

        string json = ToJson(new JsonObject
        {
            ["data"] = reply.Data?.DeepClone(),
            ["success"] = reply.Success,
            ["status"] = reply.BodyStatus,
        });
        return request.JsonpCallback is { } callback
            ? ($"{callback}({json});", "application/javascript")
            : (json, "application/json");
    }

    static string HtmlPage(HtmlReply reply)
    {
        string title = $"{reply.HttpStatus} {ReasonPhrases.GetReasonPhrase(reply.HttpStatus)}";
        return $"""
            <!DOCTYPE html>
            <html><head><title>{title}</title></head>
            <body><h1>Error {title}</h1><p>{WebUtility.HtmlEncode(reply.Message)}</p><hr><p>cat factory 1.0</p></body></html>

            """;
    }

    static async Task WriteBodyAsync(HttpResponse response, int status, string? contentType, string? body)
    {
        response.StatusCode = status;
        if (body is null)
        {
            if (status != StatusCodes.Status304NotModified)
            {
                response.ContentLength = 0;
            }

            return;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
