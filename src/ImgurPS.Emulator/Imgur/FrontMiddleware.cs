using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ImgurPS.Emulator.Imgur;

/// <summary>
/// Runs before routing: reads the request (stripping the format extension so routes see bare paths),
/// adds the headers Imgur sends on every response, answers CORS preflights, and logs what is served.
/// Control requests under <c>/_emulator/</c> pass through untouched and unlogged. Whatever fails unexpectedly in a
/// route is logged and answered with Imgur's 500 envelope, never an empty 500.
/// </summary>
public sealed class FrontMiddleware(RequestDelegate next, Emulator emulator, ILogger<FrontMiddleware> logger)
{
    const string AllowedHeaders = "Authorization, Content-Type, X-Mashape-Key, x-rapidapi-key, x-rapidapi-host, If-None-Match";

    static readonly string ExposedHeaders = string.Join(", ", RateHeaders.All.Append("ETag"));

    public async Task InvokeAsync(HttpContext http)
    {
        EmulatorState state = emulator.State;
        ApiRequest request = ApiRequest.Read(http, state.Tokens, emulator.Options);
        http.Features.Set(request);
        if (request.IsControl)
        {
            await next(http);
            return;
        }

        http.Request.Path = request.Path;
        EmulatorOptions options = emulator.Options;
        if (options.UploadKbps > 0)
        {
            http.Request.Body = new ThrottledReadStream(http.Request.Body, options.UploadKbps);
        }

        // Logged as the response starts, before the client can read it, so a test that asks for the log
        // right after its request always finds it there.
        http.Response.OnStarting(() =>
        {
            state.Log.Add(request, http.Response.StatusCode);
            return Task.CompletedTask;
        });

        IHeaderDictionary headers = http.Response.Headers;
        headers.Server = "cat factory 1.0";
        headers.CacheControl = "no-store";
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlAllowMethods = "GET, PUT, POST, PATCH, DELETE, OPTIONS";
        headers.AccessControlAllowHeaders = AllowedHeaders;
        headers.AccessControlExposeHeaders = ExposedHeaders;

        if (HttpMethods.IsOptions(request.Method))
        {
            // Preflights carry no credentials, so they are answered before any auth.
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentLength = 0;
        }
        else
        {
            await RunRouteAsync(http, request);
        }
    }

    // A client that gives up during the wait is no fault of the emulator's, and its terminal should not show one.
    static async Task WaitAsync(int milliseconds, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(milliseconds, aborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    async Task RunRouteAsync(HttpContext http, ApiRequest request)
    {
        try
        {
            // A round trip to Imgur: the answer's first byte comes this much later.
            if (emulator.Options.LatencyMs > 0)
            {
                http.Response.OnStarting(() => WaitAsync(emulator.Options.LatencyMs, http.RequestAborted));
            }

            await next(http);
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "{Method} {Path} failed unexpectedly; answered with Imgur's 500 envelope.", request.Method, request.SeenPath);
            if (http.Response.HasStarted)
            {
                // Half an answer cannot be taken back: end the connection rather than leave the client waiting.
                http.Abort();
                return;
            }

            await ReplyWriter.WriteAsync(http, request, Reply.Error(StatusCodes.Status500InternalServerError, "An error occurred"));
        }
    }
}
