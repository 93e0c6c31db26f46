using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Handlers;

/// <summary>
/// Times each request and tells the call about it: a summary line (method, path, status, time, credits left)
/// and the headers both ways with every credential masked. Bodies are never recorded: token requests carry
/// secrets in theirs.
/// </summary>
internal sealed class RequestTraceHandler : DelegatingHandler
{
    private static readonly string[] CredentialHeaders = { "Authorization", "X-Mashape-Key", "x-rapidapi-key" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = ImgurCall.Of(request);
        var trace = call?.Trace;
        var clock = Stopwatch.StartNew();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            trace?.Invoke(new ImgurRequestTrace(
                request.Method.Method,
                request.RequestUri?.AbsolutePath ?? string.Empty,
                response is null ? null : (int)response.StatusCode,
                clock.Elapsed,
                ImgurCall.RateLimitOf(request),
                call!.TraceHeaders ? Describe(request, response) : string.Empty));
        }
    }

    private static string Describe(HttpRequestMessage request, HttpResponseMessage? response)
    {
        var text = new StringBuilder();
        text.Append(request.Method.Method).Append(' ').Append(request.RequestUri?.PathAndQuery).AppendLine();
        AppendHeaders(text, "> ", request.Headers);
        if (request.Content is not null) AppendHeaders(text, "> ", request.Content.Headers);
        if (response is not null)
        {
            text.Append("< ").Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase).AppendLine();
            AppendHeaders(text, "< ", response.Headers);
            AppendHeaders(text, "< ", response.Content.Headers);
        }
        return Redaction.Redact(text.ToString().TrimEnd());
    }

    private static void AppendHeaders(StringBuilder text, string prefix, HttpHeaders headers)
    {
        foreach (var header in headers)
        {
            var value = CredentialHeaders.Contains(header.Key, System.StringComparer.OrdinalIgnoreCase)
                ? MaskCredential(string.Join(", ", header.Value))
                : string.Join(", ", header.Value);
            text.Append(prefix).Append(header.Key).Append(": ").Append(value).AppendLine();
        }
    }

    // Keeps the scheme (Bearer, Client-ID) so the log still says how the request was authorized.
    private static string MaskCredential(string value)
    {
        var space = value.IndexOf(' ');
        return space > 0 ? value.Substring(0, space) + " " + Redaction.Mask : Redaction.Mask;
    }
}
