using System.Text.Json.Nodes;

namespace ImgurPS.Emulator.Imgur;

/// <summary>What a route answers. <see cref="ReplyWriter"/> turns it into a response in the caller's format.</summary>
public abstract record Reply(int HttpStatus)
{
    /// <summary>Seconds to wait before trying again, sent as <c>Retry-After</c>.</summary>
    public int? RetryAfter { get; init; }

    public static Reply Ok(JsonNode? data) => new EnvelopeReply(200, data, Success: true, BodyStatus: 200);

    /// <summary>Form A (spec 1.5): <c>data.error</c> is a message.</summary>
    public static Reply Error(int status, string message) => new ErrorReply(status, JsonValue.Create(message));

    /// <summary>Form B (spec 1.5): <c>data.error</c> is an object with Imgur's internal code, as on the upload path.</summary>
    public static ErrorReply ErrorObject(int status, int code, string message) => new(status, new JsonObject
    {
        ["code"] = code,
        ["message"] = message,
        ["type"] = "ImgurException",
        ["exception"] = new JsonArray(),
    });

    /// <summary>Form E (spec 1.5): the HTML page Imgur serves for routes it does not know.</summary>
    public static Reply NotFoundPage(ApiRequest request) =>
        new HtmlReply(404, $"The Imgur emulator has no route for {request.Method} {request.SeenPath}.");
}

/// <summary>The <c>data/success/status</c> envelope around any payload.</summary>
public sealed record EnvelopeReply(int HttpStatus, JsonNode? Data, bool Success, int BodyStatus) : Reply(HttpStatus);

/// <summary>An error envelope whose data is <c>{error, request, method}</c>, <c>error</c> being <see cref="Detail"/>; the request is filled in when written.</summary>
public sealed record ErrorReply(int HttpStatus, JsonNode Detail, bool Success = false, int? BodyStatus = null) : Reply(HttpStatus)
{
    public EnvelopeReply ToEnvelope(ApiRequest request)
    {
        var data = new JsonObject
        {
            ["error"] = Detail.DeepClone(),
            ["request"] = request.SeenPath,
            ["method"] = request.Method,
        };
        return new EnvelopeReply(HttpStatus, data, Success, BodyStatus ?? HttpStatus);
    }
}

/// <summary>A JSON body without the envelope: the OAuth token, a marketplace error, a JSON:API error list.</summary>
public sealed record BareJsonReply(int HttpStatus, JsonNode Body, string ContentType = "application/json") : Reply(HttpStatus);

/// <summary>Form E: an HTML page where a client expects JSON.</summary>
public sealed record HtmlReply(int HttpStatus, string Message) : Reply(HttpStatus);

/// <summary>No body at all; only the status and the headers.</summary>
public sealed record EmptyReply(int HttpStatus) : Reply(HttpStatus);

/// <summary>A whole HTML page of the emulator's own, such as the OAuth authorize form.</summary>
public sealed record PageReply(int HttpStatus, string Html) : Reply(HttpStatus);

/// <summary>A 302 to <see cref="Location"/>, as the authorize page answers its form.</summary>
public sealed record RedirectReply(string Location) : Reply(302);

/// <summary>A broken connection: dropped before any answer, or halfway through <paramref name="Partial"/>'s body.</summary>
public sealed record DropReply(Reply? Partial) : Reply(0);
