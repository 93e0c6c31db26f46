using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ImgurPS.Emulator.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ImgurPS.Emulator.Imgur;

/// <summary>The misbehaviours clients have met in the wild (spec 1.5, 4 and 5.3), one per kind.</summary>
public enum FaultKind
{
    Status,
    ErrorWith200,
    ErrorObject,
    ErrorString,
    ErrorFalse,
    ErrorsArray,
    Html,
    Empty,
    MismatchedStatus,
    Mashape,
    NumericStrings,
    NoRateLimitHeaders,
    Sunset,
    Delay,
    Reset,
    Truncate,
    LoneObject,
    NotificationLists,
    MessageAsData,

    /// <summary>Lets the operation run, then holds its answer back for delayMs: the client may stop or die meanwhile.</summary>
    Hold,

    /// <summary>The route fails with an unexpected exception, to show what any unexpected failure is answered with.</summary>
    Crash,
}

/// <summary>The body of <c>POST /_emulator/faults</c>.</summary>
public sealed record FaultRequest(
    string? Path, string? Method, string? Kind, int? Status, string? Message, int? Times, int? DelayMs, int? Every = null, int? RetryAfter = null,
    int? BodyStatus = null, int? Code = null);

/// <summary>
/// A queued fault: for requests whose path (without extension) matches, it either replaces the
/// operation with a broken answer, or lets the operation run and alters its response.
/// </summary>
public sealed class Fault
{
    const string MashapeMessage =
        "Missing Mashape application key. Go to http://docs.mashape.com/api-keys to learn how to get your API application key.";

    static readonly Dictionary<string, FaultKind> KindNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["status"] = FaultKind.Status,
        ["error-with-200"] = FaultKind.ErrorWith200,
        ["error-object"] = FaultKind.ErrorObject,
        ["error-string"] = FaultKind.ErrorString,
        ["error-false"] = FaultKind.ErrorFalse,
        ["errors-array"] = FaultKind.ErrorsArray,
        ["html"] = FaultKind.Html,
        ["empty"] = FaultKind.Empty,
        ["mismatched-status"] = FaultKind.MismatchedStatus,
        ["mashape"] = FaultKind.Mashape,
        ["numeric-strings"] = FaultKind.NumericStrings,
        ["no-ratelimit-headers"] = FaultKind.NoRateLimitHeaders,
        ["sunset"] = FaultKind.Sunset,
        ["delay"] = FaultKind.Delay,
        ["reset"] = FaultKind.Reset,
        ["truncate"] = FaultKind.Truncate,
        ["lone-object"] = FaultKind.LoneObject,
        ["notification-lists"] = FaultKind.NotificationLists,
        ["message-as-data"] = FaultKind.MessageAsData,
        ["hold"] = FaultKind.Hold,
        ["crash"] = FaultKind.Crash,
    };

    readonly Regex path;
    readonly string? method;
    readonly int status;
    readonly string message;
    readonly int every;
    readonly int? retryAfter;

    // The envelope's status where it differs from the HTTP status (Q5), and Form B's inner code (Q24).
    readonly int? bodyStatus;
    readonly int? code;

    // How many more requests this fault hits; 0 means until the faults are cleared.
    int timesLeft;

    // Matching requests seen, so that the fault can hit every Nth one.
    int seen;

    Fault(Regex path, string? method, FaultKind kind, int status, string message, int times, int delayMs, int every, int? retryAfter, int? bodyStatus, int? code)
    {
        this.bodyStatus = bodyStatus;
        this.code = code;
        this.path = path;
        this.method = method;
        this.status = status;
        this.message = message;
        this.every = every;
        this.retryAfter = retryAfter;
        Kind = kind;
        timesLeft = times;
        DelayMs = delayMs;
    }

    public FaultKind Kind { get; }

    public int DelayMs { get; }

    /// <summary>The wait before the operation; a hold waits after it instead.</summary>
    public int DelayBeforeMs => Kind == FaultKind.Hold ? 0 : DelayMs;

    /// <summary>Checks a control request and builds the fault; throws <see cref="ArgumentException"/> saying what is wrong.</summary>
    public static Fault Create(FaultRequest request)
    {
        if (string.IsNullOrEmpty(request.Path))
        {
            throw new ArgumentException("A fault needs a 'path': a regular expression matched against the request path without extension.");
        }

        if (request.Kind is null || !KindNames.TryGetValue(request.Kind, out FaultKind kind))
        {
            throw new ArgumentException($"Unknown fault kind '{request.Kind}'; use one of: {string.Join(", ", KindNames.Keys)}.");
        }

        if (request.Status is < 100 or > 599 || request.Times < 0 || request.DelayMs < 0 || request.Every < 1 || request.RetryAfter < 0)
        {
            throw new ArgumentException("A fault's 'status' must be an HTTP status code, 'times', 'delayMs' and 'retryAfter' must not be negative, and 'every' must be at least 1.");
        }

        if (request.BodyStatus is not null && kind is not (FaultKind.MismatchedStatus or FaultKind.ErrorObject)
            || request.Code is not null && kind != FaultKind.ErrorObject)
        {
            throw new ArgumentException("A fault's 'bodyStatus' applies only to the kinds mismatched-status and error-object, and 'code' only to error-object.");
        }

        Regex pattern;
        try
        {
            pattern = new Regex(request.Path, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The fault path '{request.Path}' is not a valid regular expression: {e.Message}", e);
        }

        int status = request.Status ?? DefaultStatus(kind);
        string message = request.Message ?? DefaultMessage(kind, status);
        return new Fault(
            pattern, request.Method, kind, status, message, request.Times ?? 1, request.DelayMs ?? 0, request.Every ?? 1, request.RetryAfter, request.BodyStatus, request.Code);
    }

    /// <summary>Counts one hit; true when that used the fault up.</summary>
    public bool Hit() => timesLeft > 0 && --timesLeft == 0;

    public bool Matches(ApiRequest request) =>
        (method is null || string.Equals(method, request.Method, StringComparison.OrdinalIgnoreCase)) && path.IsMatch(request.Path);

    /// <summary>Counts a matching request; true for every Nth one, which the fault then hits.</summary>
    public bool Due() => ++seen % every == 0;

    /// <summary>The broken answer that replaces the operation, or null for the kinds that alter a normal answer.</summary>
    public Reply? Replacement() => Kind switch
    {
        FaultKind.Status => Reply.Error(status, message) with { RetryAfter = retryAfter },
        FaultKind.ErrorWith200 => new ErrorReply(StatusCodes.Status200OK, JsonValue.Create(message), Success: true),
        FaultKind.ErrorObject => Reply.ErrorObject(status, code ?? status, message) with { BodyStatus = bodyStatus },
        FaultKind.ErrorString => new EnvelopeReply(status, JsonValue.Create(message), Success: false, status),
        FaultKind.ErrorFalse => new EnvelopeReply(status, JsonValue.Create(false), Success: false, status),
        FaultKind.ErrorsArray => new BareJsonReply(status, ErrorsArray(), "application/vnd.imgur.v1+json"),

        // The cache layer's 503 page comes with Retry-After: 0.
        FaultKind.Html => new HtmlReply(status, message) { RetryAfter = status == StatusCodes.Status503ServiceUnavailable ? 0 : null },
        FaultKind.Empty => new EmptyReply(status),
        FaultKind.MismatchedStatus => new ErrorReply(status, JsonValue.Create(message), BodyStatus: bodyStatus ?? (status == 400 ? 500 : 400)),
        FaultKind.Mashape => new BareJsonReply(status, new JsonObject { ["message"] = MashapeMessage }),
        FaultKind.Reset => new DropReply(Partial: null),

        // A failure told as a bare string in a success envelope, where an object was expected (Q34).
        FaultKind.MessageAsData => new EnvelopeReply(status, JsonValue.Create(message), Success: true, status),
        _ => null,
    };

    /// <summary>Alters a normal answer, for the kinds that let the operation run.</summary>
    public Reply Adjust(Reply reply, HttpResponse response)
    {
        if (Kind == FaultKind.Sunset)
        {
            response.Headers["Sunset"] = EmulatorClock.Now.AddDays(90).ToString("R");
        }

        if (Kind == FaultKind.Truncate)
        {
            return new DropReply(Partial: reply);
        }

        if (reply is not EnvelopeReply { Success: true } ok)
        {
            return reply;
        }

        return Kind switch
        {
            FaultKind.NumericStrings when ok.Data is JsonObject or JsonArray => ok with { Data = AsStrings(ok.Data) },

            // Some endpoints answer a list of one with the item alone (Q14).
            FaultKind.LoneObject when ok.Data is JsonArray { Count: 1 } single => ok with { Data = single[0]!.DeepClone() },

            // AC-27's notifications can come as NO-01's object of replies and messages (spec 2.1).
            FaultKind.NotificationLists when ok.Data is JsonArray items => ok with { Data = new JsonObject { ["replies"] = items.DeepClone(), ["messages"] = new JsonArray() } },
            _ => reply,
        };
    }

    JsonObject ErrorsArray() => new()
    {
        ["errors"] = new JsonArray(new JsonObject
        {
            ["id"] = "legacy-api-" + Ids.Hex(16),
            ["code"] = status.ToString(CultureInfo.InvariantCulture),
            ["status"] = ReasonPhrases.GetReasonPhrase(status),
            ["detail"] = message,
        }),
    };

    /// <summary>Numbers as numeric strings and booleans as "0"/"1", as some Imgur payloads have them (Q10).</summary>
    static JsonNode? AsStrings(JsonNode? node) => node switch
    {
        JsonObject fields => new JsonObject(fields.Select(field => KeyValuePair.Create(field.Key, AsStrings(field.Value)))),
        JsonArray items => new JsonArray(items.Select(AsStrings).ToArray()),
        _ => node?.GetValueKind() switch
        {
            JsonValueKind.Number => JsonValue.Create(node.ToJsonString()),
            JsonValueKind.True => JsonValue.Create("1"),
            JsonValueKind.False => JsonValue.Create("0"),
            _ => node?.DeepClone(),
        },
    };

    static int DefaultStatus(FaultKind kind) => kind switch
    {
        FaultKind.ErrorObject or FaultKind.ErrorFalse => 400,
        FaultKind.Mashape => 401,
        FaultKind.ErrorsArray or FaultKind.Empty or FaultKind.MismatchedStatus => 429,
        FaultKind.Html => 503,
        FaultKind.MessageAsData => 200,
        _ => 500,
    };

    static string DefaultMessage(FaultKind kind, int status) => kind switch
    {
        FaultKind.ErrorWith200 => "Unauthorized",
        FaultKind.MessageAsData => "An error occurred",
        FaultKind.ErrorString => "An error occurred",
        FaultKind.Html when status == 503 => "Error 503 client read error",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
