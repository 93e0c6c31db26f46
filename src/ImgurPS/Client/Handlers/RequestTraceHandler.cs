using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Handlers;

/// <summary>Times each request and tells the call about it: method, path, status, time, credits left.</summary>
internal sealed class RequestTraceHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var trace = ImgurCall.Of(request)?.Trace;
        var clock = Stopwatch.StartNew();
        int? status = null;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            return response;
        }
        finally
        {
            trace?.Invoke(new ImgurRequestTrace(
                request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, status, clock.Elapsed, ImgurCall.RateLimitOf(request)));
        }
    }
}
