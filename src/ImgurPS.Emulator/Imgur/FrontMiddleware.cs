using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ImgurPS.Emulator.Imgur;

/// <summary>
/// Runs before routing: reads the request (stripping the format extension so routes see bare paths),
/// adds the headers Imgur sends on every response, answers CORS preflights, and logs what is served.
/// Control requests under <c>/_emulator/</c> pass through untouched and unlogged.
/// </summary>
public sealed class FrontMiddleware(RequestDelegate next, Emulator emulator)
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
            await next(http);
        }
    }
}
