using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client;

/// <summary>
/// The one place that sends requests to Imgur and reads their answers. The section APIs (GalleryApi,
/// ImageApi, ...) describe requests; the HTTP pipeline's handlers add auth and capture rate limits.
/// </summary>
internal sealed class ImgurApiClient
{
    private readonly HttpClient _http;

    public ImgurApiClient(HttpClient http) => _http = http;

    /// <summary>Sends a request and reads the unwrapped data with <paramref name="read"/>; Imgur errors throw <see cref="ImgurApiException"/>.</summary>
    public async Task<ImgurResult<T>> SendAsync<T>(ImgurCall call, ImgurRequest request, Func<JsonElement, T> read)
    {
        var uri = new Uri(call.Session.BaseUri, request.RelativeUri(call.Format));
        using var message = new HttpRequestMessage(request.Method, uri) { Content = request.Content };
        if (request.Accept is { } accept) message.Headers.Accept.ParseAdd(accept);
        call.AttachTo(message);

        using var timeout = request.IsUpload ? null : new CancellationTokenSource(call.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, timeout?.Token ?? CancellationToken.None);
        var path = uri.AbsolutePath;
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            byte[] body;
            using (linked.Token.Register(response.Dispose))
            {
                body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }

            var rateLimit = ImgurCall.RateLimitOf(message);
            try
            {
                using var payload = ImgurResponseParser.Parse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, request.Method.Method, path);
                return new ImgurResult<T>(read(payload.Data), rateLimit);
            }
            catch (ImgurApiException error)
            {
                error.RateLimit = rateLimit;
                error.RetryAfter = RateLimitHeaders.RetryAfter(response.Headers, DateTimeOffset.UtcNow);
                throw;
            }
        }
        catch (Exception error) when (IsTimeout(error, call, timeout))
        {
            throw new TimeoutException($"{request.Method.Method} {path} got no answer from Imgur within {call.Timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException error)
        {
            throw new HttpRequestException($"Could not reach {uri.GetLeftPart(UriPartial.Authority)} for {request.Method.Method} {path}: {error.InnerException?.Message ?? error.Message}", error);
        }
        catch (ObjectDisposedException) when (call.CancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(call.CancellationToken);
        }
    }

    private static bool IsTimeout(Exception error, ImgurCall call, CancellationTokenSource? timeout) =>
        error is OperationCanceledException or ObjectDisposedException
        && timeout?.IsCancellationRequested == true
        && !call.CancellationToken.IsCancellationRequested;
}
