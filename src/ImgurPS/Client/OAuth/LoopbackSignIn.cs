using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.OAuth;

/// <summary>Why a browser sign-in ended without tokens.</summary>
internal enum SignInFailure
{
    /// <summary>The user did not approve (error=access_denied).</summary>
    Denied,

    /// <summary>The answer carried no access token.</summary>
    NoToken,

    /// <summary>No answer came in time.</summary>
    TimedOut,
}

/// <summary>A browser sign-in that ended without tokens.</summary>
internal sealed class ImgurSignInException : Exception
{
    public ImgurSignInException(SignInFailure reason, string message)
        : base(message) => Reason = reason;

    public SignInFailure Reason { get; }
}

/// <summary>The tokens a browser sign-in delivered in the redirect's fragment (spec 1.14, response_type=token).</summary>
internal sealed class SignInResult
{
    public SignInResult(IReadOnlyDictionary<string, string> fields) => Fields = fields;

    private IReadOnlyDictionary<string, string> Fields { get; }

    public string? AccessToken => Field("access_token");

    public string? RefreshToken => Field("refresh_token");

    public long? ExpiresIn => long.TryParse(Field("expires_in"), out var seconds) ? seconds : null;

    public string? AccountUsername => Field("account_username");

    public long? AccountId => long.TryParse(Field("account_id"), out var id) ? id : null;

    private string? Field(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

/// <summary>
/// A one-shot listener on the loopback redirect address for Imgur's implicit-grant sign-in. The browser lands on
/// it with the tokens in the URL fragment, which never reaches a server; the page served here reads the fragment
/// with a script and posts it back. The state value ties the answer to this sign-in: requests without it are
/// ignored, so another program or a web page cannot end or hijack the sign-in.
/// </summary>
internal sealed class LoopbackSignIn : IDisposable
{
    private const string CallbackPath = "imgurps-callback";
    // The fragment Imgur sends is a few hundred bytes; anything much larger is not an answer.
    private const int MaxBodyBytes = 16 * 1024;
    // How long one connection may take to send its body before it is closed.
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);
    // Reads the fragment, clears it from the address bar and history, and posts it back to the listener.
    private static readonly string CollectorPage =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>ImgurPS: signing in</title></head>"
        + "<body style=\"font-family: sans-serif; margin: 3em\"><h1>Signing in to Imgur…</h1><p id=\"status\">One moment.</p>"
        + "<script>"
        + "var fragment = window.location.hash.substring(1);"
        + "history.replaceState(null, '', window.location.pathname);"
        + "fetch('/" + CallbackPath + "', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: fragment })"
        + ".then(function (r) { return r.text(); })"
        + ".then(function (html) { document.open(); document.write(html); document.close(); })"
        + ".catch(function () { document.getElementById('status').textContent = 'Could not reach PowerShell. Is Connect-Imgur still waiting?'; });"
        + "</script></body></html>";

    private readonly HttpListener _listener = new();
    private readonly string _state = NewState();

    public LoopbackSignIn(Uri redirectUri)
    {
        if (redirectUri.Scheme != Uri.UriSchemeHttp || !IPAddress.TryParse(redirectUri.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException(
                $"The redirect URI '{redirectUri}' must be a plain http address on 127.0.0.1 (or [::1]), such as http://127.0.0.1:45115/, and registered for your app at Imgur.",
                nameof(redirectUri));
        }

        RedirectUri = new Uri(redirectUri.GetLeftPart(UriPartial.Authority) + "/");
        _listener.Prefixes.Add(RedirectUri.AbsoluteUri);
    }

    public Uri RedirectUri { get; }

    /// <summary>The consent page to open in the browser.</summary>
    public Uri AuthorizeUri(Uri apiRoot, string clientId) => new(apiRoot,
        "oauth2/authorize?client_id=" + Uri.EscapeDataString(clientId)
        + "&response_type=token&state=" + _state
        + "&redirect_uri=" + Uri.EscapeDataString(RedirectUri.AbsoluteUri));

    public void Start()
    {
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException error)
        {
            throw new IOException($"Could not listen on {RedirectUri} for the sign-in ({error.Message}). Choose another -RedirectUri port, registered for your app.", error);
        }
    }

    /// <summary>
    /// Serves the browser until the tokens arrive, the user denies, or the time runs out. Each connection is served
    /// on its own, so one that stalls holds up nothing else; what does not carry this sign-in's state is answered
    /// and ignored, and told to <paramref name="note"/> (a Verbose line) without any value it carried.
    /// </summary>
    public async Task<SignInResult> WaitAsync(TimeSpan timeout, Action<string>? note, CancellationToken cancellationToken)
    {
        var outcome = new TaskCompletionSource<SignInResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using (deadline.Token.Register(() => outcome.TrySetCanceled()))
        {
            var accepting = AcceptAsync(outcome, note);
            try
            {
                return await outcome.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new ImgurSignInException(SignInFailure.TimedOut, $"No sign-in arrived within {timeout.TotalSeconds:0} seconds. Run Connect-Imgur -Interactive again, or raise -SignInTimeoutSec.");
            }
            finally
            {
                // Ends the accept loop; connections still being served are cut off.
                _listener.Stop();
                await accepting.ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _listener.Close();

    /// <summary>Takes connections until the sign-in has its outcome, handing each to a task of its own.</summary>
    private async Task AcceptAsync(TaskCompletionSource<SignInResult> outcome, Action<string>? note)
    {
        while (!outcome.Task.IsCompleted)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped because the sign-in ended; otherwise the listener broke, and waiting on is pointless.
                outcome.TrySetException(new IOException($"The sign-in listener on {RedirectUri} stopped ({error.Message}). Run Connect-Imgur -Interactive again.", error));
                return;
            }

            _ = Task.Run(() => ServeAsync(context, outcome, note));
        }
    }

    /// <summary>Serves one request; a broken or stalled connection is closed and forgotten.</summary>
    private async Task ServeAsync(HttpListenerContext context, TaskCompletionSource<SignInResult> outcome, Action<string>? note)
    {
        try
        {
            await AnswerAsync(context, outcome, note).ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            context.Response.Abort();
        }
    }

    /// <summary>Answers one browser request, and settles the outcome when it carried this sign-in's answer.</summary>
    private async Task AnswerAsync(HttpListenerContext context, TaskCompletionSource<SignInResult> outcome, Action<string>? note)
    {
        var request = context.Request;
        var path = request.Url?.AbsolutePath.Trim('/') ?? string.Empty;
        if (request.HttpMethod == "POST" && path == CallbackPath)
        {
            if (await ReadBodyAsync(request).ConfigureAwait(false) is not { } body)
            {
                note?.Invoke($"Closed a connection to the sign-in listener: POST /{CallbackPath} sent no complete body within {ReadTimeout.TotalSeconds:0} seconds or more than {MaxBodyBytes} bytes.");
                context.Response.Abort();
                return;
            }
            Conclude(context, Parse(body), outcome, note, "POST /" + CallbackPath);
            return;
        }

        if (request.HttpMethod == "GET" && path.Length == 0)
        {
            // A denial comes back in the query; tokens come in the fragment, which only the page's script can read.
            var query = Parse(request.Url?.Query.TrimStart('?') ?? string.Empty);
            if (query.ContainsKey("error")) Conclude(context, query, outcome, note, "GET /");
            else Respond(context, 200, CollectorPage);
            return;
        }

        Respond(context, 404, Page("Not found", "This address only completes an ImgurPS sign-in."));
    }

    /// <summary>
    /// Settles the sign-in with an answer that carries this sign-in's state, and ignores any other. <c>shown</c> is
    /// the request as a Verbose line may show it: method and path, never the query or body, which hold tokens.
    /// </summary>
    private void Conclude(HttpListenerContext context, Dictionary<string, string> fields, TaskCompletionSource<SignInResult> outcome, Action<string>? note, string shown)
    {
        // Any local process, or any web page the browser shows, can send requests here: only this sign-in's
        // state (which only Imgur's redirect knows) makes an answer count, so anything else is ignored.
        if (!fields.TryGetValue("state", out var state) || state != _state)
        {
            Respond(context, 400, Page("Not this sign-in", "This request does not belong to the sign-in in progress and was ignored."));
            note?.Invoke($"Ignored {shown} to the sign-in listener: it did not carry this sign-in's state. Still waiting for Imgur's answer.");
            return;
        }

        if (fields.TryGetValue("error", out var error))
        {
            Respond(context, 200, Page("Sign-in cancelled", "ImgurPS was not allowed to use your account. You can close this tab."));
            outcome.TrySetException(new ImgurSignInException(SignInFailure.Denied, $"The Imgur sign-in was not approved ({error}). Run Connect-Imgur -Interactive again and choose Allow."));
            return;
        }

        if (!fields.ContainsKey("access_token"))
        {
            Respond(context, 400, Page("Sign-in failed", "Imgur's answer had no access token. Start again from PowerShell."));
            outcome.TrySetException(new ImgurSignInException(SignInFailure.NoToken, "Imgur's sign-in answer had no access token. Run Connect-Imgur -Interactive again."));
            return;
        }

        Respond(context, 200, Page("Signed in", "ImgurPS is signed in to Imgur. You can close this tab."));
        outcome.TrySetResult(new SignInResult(fields));
    }

    /// <summary>
    /// The request body as text, or null when it does not arrive in full within <see cref="ReadTimeout"/> or is
    /// larger than any answer Imgur sends.
    /// </summary>
    private static async Task<string?> ReadBodyAsync(HttpListenerRequest request)
    {
        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        async Task ReadAllAsync()
        {
            int read;
            while (length < buffer.Length && (read = await request.InputStream.ReadAsync(buffer, length, buffer.Length - length).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
        }

        // On the thread pool, so that a stream which reads synchronously cannot hold up the clock either.
        var reading = Task.Run(ReadAllAsync);
        using var stalled = new CancellationTokenSource();
        var clock = Task.Delay(ReadTimeout, stalled.Token);
        if (await Task.WhenAny(reading, clock).ConfigureAwait(false) != reading)
        {
            // Observed here, so the read that the aborted connection ends does not go unobserved.
            _ = reading.ContinueWith(read => read.Exception, TaskScheduler.Default);
            return null;
        }

        stalled.Cancel();
        await reading.ConfigureAwait(false);
        return length > MaxBodyBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static Dictionary<string, string> Parse(string encoded)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in encoded.TrimStart('#').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair.Substring(0, equals)).Replace('+', ' '));
            fields[name] = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' '));
        }
        return fields;
    }

    private static void Respond(HttpListenerContext context, int status, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers["Cache-Control"] = "no-store";
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes, 0, bytes.Length);
        context.Response.Close();
    }

    private static string Page(string title, string message) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>ImgurPS: {title}</title></head>"
        + $"<body style=\"font-family: sans-serif; margin: 3em\"><h1>{title}</h1><p>{message}</p></body></html>";

    private static string NewState()
    {
        var bytes = new byte[16];
        using (var random = RandomNumberGenerator.Create()) random.GetBytes(bytes);
        return BitConverter.ToString(bytes).Replace("-", string.Empty).ToLowerInvariant();
    }
}
