using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Handlers;

/// <summary>
/// Conditional GETs (spec 1.10): remembers each answer's ETag and body per session and URL, sends
/// If-None-Match, and turns a 304 back into the remembered answer, with the 304's own headers (a 304 still
/// costs credits, so its rate limits are the current ones).
/// </summary>
internal sealed class ETagHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = ImgurCall.Of(request);
        if (call is not { UseETags: true } || request.Method != HttpMethod.Get || request.RequestUri is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var key = request.RequestUri.AbsoluteUri;
        var remembered = call.Session.ETags.TryGet(key);
        if (remembered is not null) request.Headers.IfNoneMatch.Add(remembered.Tag);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && remembered is not null)
        {
            return remembered.Replay(response);
        }

        if (response.IsSuccessStatusCode && response.Headers.ETag is { } tag)
        {
            byte[] body;
            using (cancellationToken.Register(response.Dispose)) body = await AnswerSizeHandler.ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            call.Session.ETags.Remember(key, new RememberedAnswer(tag, body, response.Content.Headers.ContentType));
            response.Content = Buffered(body, response.Content);
        }
        return response;
    }

    // The answer as read, for the client to read again, with the headers it came with.
    private static HttpContent Buffered(byte[] body, HttpContent read)
    {
        var buffered = new ByteArrayContent(body);
        foreach (var header in read.Headers) buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        read.Dispose();
        return buffered;
    }
}

/// <summary>An answer kept for its ETag.</summary>
internal sealed class RememberedAnswer
{
    public RememberedAnswer(EntityTagHeaderValue tag, byte[] body, MediaTypeHeaderValue? contentType)
    {
        Tag = tag;
        Body = body;
        ContentType = contentType;
    }

    public EntityTagHeaderValue Tag { get; }

    public byte[] Body { get; }

    public MediaTypeHeaderValue? ContentType { get; }

    /// <summary>A 200 with the remembered body and the headers of the 304 that confirmed it.</summary>
    public HttpResponseMessage Replay(HttpResponseMessage notModified)
    {
        var replay = new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = notModified.RequestMessage,
            Content = new ByteArrayContent(Body),
        };
        replay.Content.Headers.ContentType = ContentType;
        foreach (var header in notModified.Headers) replay.Headers.TryAddWithoutValidation(header.Key, header.Value);
        notModified.Dispose();
        return replay;
    }
}

/// <summary>The ETags of one session, bounded so that a long session does not grow without end.</summary>
internal sealed class ETagCache
{
    private const int MaxEntries = 256;
    private const int MaxBodyBytes = 1 << 20;
    private readonly ConcurrentDictionary<string, RememberedAnswer> _answers = new();

    public RememberedAnswer? TryGet(string key) => _answers.TryGetValue(key, out var answer) ? answer : null;

    public void Remember(string key, RememberedAnswer answer)
    {
        if (answer.Body.Length > MaxBodyBytes) return;
        if (_answers.Count >= MaxEntries && _answers.Keys.FirstOrDefault() is { } oldest) _answers.TryRemove(oldest, out _);
        _answers[key] = answer;
    }
}
