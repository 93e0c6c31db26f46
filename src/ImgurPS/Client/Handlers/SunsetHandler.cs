using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Handlers;

/// <summary>
/// Deprecated endpoints announce their retirement with a Sunset header (spec 1.11); the call hears of it once per
/// endpoint per session, so a script learns the date before the endpoint stops working.
/// </summary>
internal sealed class SunsetHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Headers.TryGetValues("Sunset", out var values)
            && ImgurCall.Of(request) is { Warning: not null } call
            && call.Session.SunsetsWarned.TryAdd(Endpoint(request), 0))
        {
            var raw = values.First();
            var when = DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : raw;
            call.Warning($"Imgur has deprecated {Endpoint(request)}: it may stop working after {when} (Sunset header).");
        }
        return response;
    }

    // Pages make no new endpoint: numeric segments after the API version, and the format extension, are left out.
    private static string Endpoint(HttpRequestMessage request)
    {
        var segments = (request.RequestUri?.AbsolutePath ?? string.Empty).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Split('.')[0])
            .Where((segment, index) => index == 0 || !segment.All(char.IsDigit));
        return request.Method.Method + " /" + string.Join("/", segments);
    }
}
