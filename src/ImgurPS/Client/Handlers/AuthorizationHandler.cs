using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Handlers;

/// <summary>Adds the session's credentials (spec 1.2, 1.3): Bearer or Client-ID, never both, plus the marketplace key.</summary>
internal sealed class AuthorizationHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (ImgurCall.Of(request)?.Session is { } session)
        {
            if (session.AccessToken is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            else if (session.ClientId is { } clientId)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Client-ID", clientId);
            }

            if (session.MarketplaceKey is { } key)
            {
                // The docs name X-Mashape-Key; newer RapidAPI clients send the x-rapidapi pair. Both are accepted.
                request.Headers.TryAddWithoutValidation("X-Mashape-Key", key);
                request.Headers.TryAddWithoutValidation("x-rapidapi-key", key);
                request.Headers.TryAddWithoutValidation("x-rapidapi-host", session.MarketplaceHost);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
