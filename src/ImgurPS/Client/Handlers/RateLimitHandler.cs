using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Handlers;

/// <summary>Reads the rate-limit headers of every response onto the request and the session's latest value.</summary>
internal sealed class RateLimitHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (RateLimitHeaders.Parse(response.Headers, DateTimeOffset.UtcNow) is { } limit)
        {
            ImgurCall.SetRateLimit(request, limit);
            if (ImgurCall.Of(request) is { } call)
            {
                call.Session.RememberRateLimit(limit);
                call.CreditGuard.Observe(call, limit);
            }
        }
        return response;
    }
}
