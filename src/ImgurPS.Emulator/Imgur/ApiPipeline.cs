using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Emulator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace ImgurPS.Emulator.Imgur;

/// <summary>How a route is charged, and whether it needs credentials.</summary>
public enum Metering
{
    /// <summary>Outside <c>/3/</c>: no credentials, no credits, no rate-limit headers (OAuth, unknown routes).</summary>
    Open,

    /// <summary>Needs credentials but costs nothing, and answers without rate-limit headers (<c>/3/credits</c>, spec Q8): the counts are its body.</summary>
    Free,

    /// <summary>One credit.</summary>
    Request,

    /// <summary><c>--upload-cost</c> credits.</summary>
    Upload,
}

public delegate Task<Reply> ApiHandler(ApiCall call);

/// <summary>One request as a route handler sees it.</summary>
public sealed class ApiCall(HttpContext http, ApiRequest request, EmulatorState state, EmulatorOptions options)
{
    public HttpContext Http => http;
    public ApiRequest Request => request;
    public EmulatorState State => state;
    public EmulatorOptions Options => options;

    /// <summary>The signed-in user of a Bearer caller; null otherwise.</summary>
    public Account? User => request.Caller.User;

    /// <summary>Who the models are written for, with media links on the origin this request reached (or --media-base).</summary>
    public JsonView View => new(state.Store, User, options.MediaBase ?? $"{http.Request.Scheme}://{http.Request.Host}");

    /// <summary>The query and body parameters (spec 1.16), read before the handler runs; empty for uploads, which stream.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; internal set; } = new Dictionary<string, string>();

    public string? Field(string name) => Fields.GetValueOrDefault(name);

    /// <summary>
    /// An array parameter in any of the forms clients send (Q16): repeated <c>name[]</c> keys, one
    /// comma-separated <c>name</c>, or a JSON array.
    /// </summary>
    public IReadOnlyList<string> List(string name)
    {
        var values = new List<string>();
        foreach (string key in new[] { name + "[]", name })
        {
            if (Fields.GetValueOrDefault(key) is not { Length: > 0 } text)
            {
                continue;
            }

            IEnumerable<string> parts = text.TrimStart().StartsWith('[') && JsonStrings(text) is { } array ? array : text.Split(',');
            values.AddRange(parts.Select(part => part.Trim()).Where(part => part.Length > 0));
        }

        return values;
    }

    /// <summary>Whether the array parameter was sent at all, even empty (an empty <c>ids</c> clears an album).</summary>
    public bool Has(string name) => Fields.ContainsKey(name) || Fields.ContainsKey(name + "[]");

    static IEnumerable<string>? JsonStrings(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonArray array ? array.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : item?.ToJsonString() ?? "") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public CancellationToken Aborted => http.RequestAborted;

    public string Route(string name) => http.GetRouteValue(name) as string ?? "";

    /// <summary>A true/false query flag; clients send <c>1</c>/<c>0</c> too (spec 1.16).</summary>
    public bool Flag(string name, bool fallback) => http.Request.Query[name].ToString().ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => fallback,
    };
}

/// <summary>
/// Every emulated route runs through here, in Imgur's order: credentials, then credits (a request
/// that cannot pay is refused untouched), then any queued fault, then the handler, then the writer.
/// </summary>
public sealed class ApiPipeline(IEndpointRouteBuilder routes, Emulator emulator)
{
    /// <summary>
    /// A route whose parameters are read up front; the handler then runs under the store's lock, so
    /// it sees and leaves the data consistent however many requests arrive at once.
    /// </summary>
    public void Map(string[] methods, string pattern, Metering metering, Func<ApiCall, Reply> handler) =>
        MapAsync(methods, pattern, metering, async call =>
        {
            call.Fields = await RequestFields.ReadAsync(call.Http.Request, call.Aborted);
            call.Request.TakeCallbackFromBody(call.Field("callback"));
            lock (call.State.Store.Gate)
            {
                return handler(call);
            }
        });

    public void MapAsync(string[] methods, string pattern, Metering metering, ApiHandler handler) =>
        routes.MapMethods(pattern, methods, (HttpContext http) => RunAsync(http, metering, handler));

    /// <summary>
    /// Unknown routes get Imgur's HTML 404 page; faults still apply to them. Under <c>/3/</c> the credentials are
    /// checked first, as Imgur does: a recorded GET on <c>/3/upload</c> without them got the 401 envelope.
    /// </summary>
    public void MapFallback()
    {
        ApiHandler notFound = call => Task.FromResult(Reply.NotFoundPage(call.Request));
        routes.MapFallback("{**path}", (HttpContext http) =>
            RunAsync(http, http.Request.Path.StartsWithSegments("/3") ? Metering.Free : Metering.Open, notFound));
    }

    async Task RunAsync(HttpContext http, Metering metering, ApiHandler handler)
    {
        var call = new ApiCall(http, http.Features.GetRequiredFeature<ApiRequest>(), emulator.State, emulator.Options);
        Reply reply = await AnswerAsync(call, metering, handler);
        await ReplyWriter.WriteAsync(http, call.Request, reply);
    }

    async Task<Reply> AnswerAsync(ApiCall call, Metering metering, ApiHandler handler)
    {
        RateSnapshot? rate = null;
        if (metering != Metering.Open)
        {
            if (call.Request.Caller.Rejection is { } rejection)
            {
                return rejection;
            }

            RateCharge charge = call.State.Limits.Charge(call.Request, Cost(metering));
            rate = charge.Snapshot;
            if (charge.Refusal is { } refusal)
            {
                rate.ApplyTo(call.Http.Response.Headers, call.Options.ResetForm);
                return refusal;
            }
        }

        Fault? fault = call.State.Faults.Take(call.Request);
        if (fault is { DelayBeforeMs: > 0 })
        {
            await Task.Delay(fault.DelayBeforeMs, call.Aborted);
        }

        // The marketplace gateway adds its own counts to every answer, /3/credits included.
        if (fault?.Kind != FaultKind.NoRateLimitHeaders && (metering != Metering.Free || call.Request.CommercialKey is not null))
        {
            rate?.ApplyTo(call.Http.Response.Headers, call.Options.ResetForm);
        }

        if (fault?.Kind == FaultKind.Crash)
        {
            throw new InvalidOperationException("The 'crash' fault: an unexpected failure inside the route.");
        }

        if (fault?.Replacement() is { } replacement)
        {
            return replacement;
        }

        Reply reply;
        try
        {
            reply = await handler(call);
        }
        catch (BadHttpRequestException e)
        {
            // Unreadable bodies (bad JSON, bad base64) become Imgur-style errors rather than bare 400s.
            reply = Reply.Error(e.StatusCode, e.Message);
        }

        if (fault is { Kind: FaultKind.Hold, DelayMs: > 0 })
        {
            // The operation is done whatever happens to the client while the answer waits.
            await Task.WhenAny(Task.Delay(fault.DelayMs, call.Aborted));
        }

        return fault?.Adjust(reply, call.Http.Response) ?? reply;
    }

    int Cost(Metering metering) => metering switch
    {
        Metering.Upload => emulator.Options.UploadCost,
        Metering.Request => 1,
        _ => 0,
    };
}
