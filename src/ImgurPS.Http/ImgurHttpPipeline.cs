using System;
using System.Net;
using System.Net.Http;
using System.Runtime.InteropServices;
using ImgurPS.Client;
using ImgurPS.Client.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace ImgurPS.Http;

/// <summary>
/// The HTTP pipeline: built once per module import through Microsoft.Extensions.Http (a typed client with the
/// trace, auth, rate-limit and answer-size handlers, without the factory's own logging), disposed when the module is removed.
/// </summary>
internal sealed class ImgurHttpPipeline : IImgurHttpHost
{
    private const string MediaClient = "ImgurPS.Media";
    private readonly ServiceProvider _services;

    /// <param name="userAgent">Names the module and PowerShell versions, e.g. ImgurPS/0.1.0 PowerShell/7.6.9.</param>
    /// <param name="primaryHandler">The handler that does the I/O; tests pass a stub. Whatever it is, it follows no redirects.</param>
    public ImgurHttpPipeline(string userAgent, Func<HttpMessageHandler>? primaryHandler = null)
    {
        EnableTls12OnNetFramework();
        var services = new ServiceCollection();
        services.AddHttpClient<ImgurApiClient>(http =>
            {
                // Each attempt brings its own deadline (AnswerTimer), which Ctrl+C also ends, so the client-wide one is off.
                http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => FollowingNoRedirects((primaryHandler ?? CreateDefaultHandler)()))
            .AddHttpMessageHandler(() => new ETagHandler())
            .AddHttpMessageHandler(() => new RequestTraceHandler())
            .AddHttpMessageHandler(() => new SunsetHandler())
            .AddHttpMessageHandler(() => new AuthorizationHandler())
            .AddHttpMessageHandler(() => new RateLimitHandler())
            // Innermost, so that every reader of an answer is bounded, the ETag cache included.
            .AddHttpMessageHandler(() => new AnswerSizeHandler())
            .SetHandlerLifetime(TimeSpan.FromMinutes(10))
            // RequestTraceHandler already tells the cmdlet about each request; the factory's log handlers would
            // only add scopes and timers to every request for a logger nobody reads.
            .RemoveAllLoggers();
        services.AddHttpClient(MediaClient, http =>
            {
                // MediaDownloader times each wait itself: a 200 MB video may take minutes, a silent host may not.
                http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            })
            // Not decompressed: the bytes saved are the bytes served, and Content-Length counts them.
            .ConfigurePrimaryHttpMessageHandler(() => FollowingNoRedirects(primaryHandler?.Invoke() ?? new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }))
            .SetHandlerLifetime(TimeSpan.FromMinutes(10))
            .RemoveAllLoggers();
        _services = services.BuildServiceProvider();
    }

    /// <summary>The entry point ImgurPS.dll calls through reflection, so that it never names a dependency type.</summary>
    public static object Create(string userAgent) => new ImgurHttpPipeline(userAgent);

    public ImgurApiClient CreateClient() => _services.GetRequiredService<ImgurApiClient>();

    public HttpClient CreateMediaClient() => _services.GetRequiredService<IHttpClientFactory>().CreateClient(MediaClient);

    public void Dispose() => _services.Dispose();

    // HttpClientHandler is the primary handler on every runtime the module loads in: on .NET Framework it drives
    // HttpWebRequest, on .NET it wraps SocketsHttpHandler and hands AllowAutoRedirect down to it.
    private static HttpMessageHandler CreateDefaultHandler() => new HttpClientHandler
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        UseCookies = false,
        AllowAutoRedirect = false,
    };

    // A followed redirect would re-send the request, with its body (client secret, refresh token, a whole file) and
    // the RapidAPI key, to whatever host the answer names, and pass that host's answer off as Imgur's.
    // ImgurApiClient turns the 3xx into an error instead.
    private static HttpMessageHandler FollowingNoRedirects(HttpMessageHandler handler)
    {
        if (handler is HttpClientHandler http) http.AllowAutoRedirect = false;
        return handler;
    }

    // Windows PowerShell 5.1 may still default to TLS 1.0; add 1.2 without taking anything away.
    private static void EnableTls12OnNetFramework()
    {
        if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
        {
            ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;
        }
    }
}
