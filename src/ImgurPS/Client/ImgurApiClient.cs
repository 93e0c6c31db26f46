using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client.Api;
using ImgurPS.Client.Handlers;

namespace ImgurPS.Client;

/// <summary>
/// The one place that sends requests to Imgur and reads their answers. The section APIs (GalleryApi,
/// ImageApi, ...) describe requests; the HTTP pipeline's handlers add auth and capture rate limits. Here the
/// access token is kept fresh: refreshed shortly before it expires, and once after Imgur calls it invalid.
/// </summary>
internal sealed class ImgurApiClient
{
    // Refresh this long before the known expiry, so a request never leaves with a token about to lapse.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;

    public ImgurApiClient(HttpClient http) => _http = http;

    /// <summary>Sends a request and reads the unwrapped data with <paramref name="read"/>; Imgur errors throw <see cref="ImgurApiException"/>.</summary>
    public async Task<ImgurResult<T>> SendAsync<T>(ImgurCall call, ImgurRequest request, Func<JsonElement, T> read)
    {
        // Before the credit guard and the token refresh: a request that would reach another route costs nothing and sends nothing.
        if (request.Refusal is { } refusal) throw refusal;

        var session = call.Session;
        if (request.IsOAuth || !session.CanRefresh) return await SendWithRetriesAsync(call, request, read).ConfigureAwait(false);
        // Imgur refused the refresh token already: asking again would cost a request and be refused again.
        if (session.RefreshRefused is { } refused) throw refused.Again();

        if (session.AccessTokenExpiresAt is { } expiry && expiry - DateTimeOffset.UtcNow < MarginFor(session))
        {
            await RefreshAsync(call, session.AccessToken).ConfigureAwait(false);
        }

        var tokenSent = session.AccessToken;
        try
        {
            return await SendWithRetriesAsync(call, request, read).ConfigureAwait(false);
        }
        catch (ImgurApiException error) when (IsRejectedToken(error))
        {
            // Exactly one refresh and one retry: a token refused again is an error, never a loop.
            await RefreshAsync(call, tokenSent).ConfigureAwait(false);
            return await SendWithRetriesAsync(call, request, read).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// How early before expiry a token is refreshed: a minute, or half the token's lifetime when it lives shorter.
    /// A margin longer than the lifetime would make every request refresh a token that was just issued.
    /// </summary>
    private static TimeSpan MarginFor(ImgurSession session) =>
        session.AccessTokenLifetime is { } lifetime && lifetime < RefreshMargin + RefreshMargin ? TimeSpan.FromTicks(lifetime.Ticks / 2) : RefreshMargin;

    /// <summary>
    /// Sends, and sends again as long as the retry policy says the failure is worth another try and the attempts
    /// have time left to wait for an answer (<see cref="AnswerTimer"/>).
    /// </summary>
    private async Task<ImgurResult<T>> SendWithRetriesAsync<T>(ImgurCall call, ImgurRequest request, Func<JsonElement, T> read)
    {
        var timer = new AnswerTimer(call.Timeout);
        for (var retry = 1; ; retry++)
        {
            var booking = await call.CreditGuard.CheckAsync(call, request).ConfigureAwait(false);
            try
            {
                using (booking) return await SendOnceAsync(call, request, read, timer).ConfigureAwait(false);
            }
            catch (Exception error) when (timer.HasTimeLeft && call.Retry.DelayBefore(retry, error, request.Method, DateTimeOffset.UtcNow) is { } wait)
            {
                call.Note?.Invoke($"{request.Method.Method} /{request.Path}: {Redaction.Redact(error.Message)} Retrying in {wait.TotalSeconds:0.#} s ({retry} of {call.Retry.MaxRetries}).");
                await Task.Delay(wait, call.CancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<ImgurResult<T>> SendOnceAsync<T>(ImgurCall call, ImgurRequest request, Func<JsonElement, T> read, AnswerTimer timer)
    {
        var uri = new Uri(call.Session.BaseUri, request.RelativeUri(call.Format));
        using var attempt = timer.Begin(request, call.CancellationToken);
        using var content = attempt.Send(request.CreateContent());
        using var message = new HttpRequestMessage(request.Method, uri) { Content = content };
        if (request.Accept is { } accept) message.Headers.Accept.ParseAdd(accept);
        call.AttachTo(message);

        var path = uri.AbsolutePath;
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            // The pipeline follows no redirects; a 3xx ends here, its body unread and nothing sent on.
            // A 3xx is never retried either: ImgurRetryPolicy retries only 429, 5xx and failed connections.
            if (ImgurApiException.IsRedirectStatus((int)response.StatusCode))
            {
                var location = response.Headers.Location is { } named && !named.IsAbsoluteUri ? new Uri(uri, named) : response.Headers.Location;
                throw ImgurApiException.Redirected((int)response.StatusCode, location, request.Method.Method, path);
            }

            byte[] body;
            // The body is read within the same deadline; AnswerSizeHandler bounds how much of it is read.
            using (attempt.Token.Register(response.Dispose))
            {
                body = await AnswerSizeHandler.ReadBodyAsync(response, attempt.Token).ConfigureAwait(false);
            }

            var rateLimit = ImgurCall.RateLimitOf(message);
            try
            {
                using var payload = request.JsonpCallback is { } callback
                    ? ImgurResponseParser.ParseJsonp((int)response.StatusCode, body, callback, request.Method.Method, path)
                    : ImgurResponseParser.Parse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, request.Method.Method, path);
                if (payload.Data.ValueKind == JsonValueKind.String && AnswerShape<T>.IsStructured)
                {
                    // Imgur reports some failures as a bare string in a success envelope (spec Q34).
                    throw new ImgurApiException((int)response.StatusCode, payload.Data.GetString()!, request.Method.Method, path);
                }
                var data = read(payload.Data);
                call.Session.Seen.Record(data);
                return new ImgurResult<T>(data, rateLimit);
            }
            catch (ImgurApiException error)
            {
                error.RateLimit = rateLimit;
                error.RetryAfter = RateLimitHeaders.RetryAfter(response.Headers, DateTimeOffset.UtcNow);
                throw;
            }
        }
        // Whatever the stopped transfer threw (canceled, disposed, broken), a deadline that passed is a timeout and
        // Ctrl+C is a cancellation; neither is a network failure.
        catch (Exception error) when (attempt.TimedOut && IsStoppedTransfer(error))
        {
            throw attempt.Timeout(request.Method.Method, path);
        }
        catch (Exception error) when (call.CancellationToken.IsCancellationRequested && IsStoppedTransfer(error))
        {
            throw new OperationCanceledException(call.CancellationToken);
        }
        catch (HttpRequestException error)
        {
            throw new HttpRequestException($"Could not reach {uri.GetLeftPart(UriPartial.Authority)} for {request.Method.Method} {path}: {error.InnerException?.Message ?? error.Message}", error);
        }
    }

    /// <summary>
    /// Refreshes the session's access token unless another request already replaced <paramref name="staleToken"/>
    /// while this one waited, so concurrent requests share one refresh. A refresh Imgur refuses marks the session,
    /// and the requests that waited for it fail without asking again.
    /// </summary>
    private async Task RefreshAsync(ImgurCall call, string? staleToken)
    {
        var session = call.Session;
        await session.RefreshGate.WaitAsync(call.CancellationToken).ConfigureAwait(false);
        try
        {
            if (session.RefreshRefused is { } refused) throw refused.Again();
            if (session.AccessToken != staleToken) return;
            await this.RefreshAccessTokenAsync(call).ConfigureAwait(false);
        }
        catch (ImgurApiException error) when (ImgurRefreshRefusedException.IsRefusal(error))
        {
            // 5xx, 429, a redirect or no connection may pass, and stay errors of their own; a refusal does not.
            var refused = ImgurRefreshRefusedException.Refused(error);
            session.RefreshRefused = refused;
            throw refused;
        }
        finally
        {
            session.RefreshGate.Release();
        }
    }

    // Imgur answers an expired or revoked token with 403 "The access token provided is invalid." (spec Q22), some
    // gateways with 401.
    private static bool IsRejectedToken(ImgurApiException error) =>
        error.StatusCode == 401
        || error.StatusCode == 403 && error.ImgurMessage.IndexOf("access token provided is invalid", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsStoppedTransfer(Exception error) =>
        error is OperationCanceledException or ObjectDisposedException or IOException or HttpRequestException;
}

/// <summary>Whether an operation's answer is an object or a list, which a bare string can never be.</summary>
internal static class AnswerShape<T>
{
    public static readonly bool IsStructured = !(typeof(T) == typeof(string) || typeof(T) == typeof(object) || typeof(T).IsValueType);
}
