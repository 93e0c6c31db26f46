using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client;

/// <summary>
/// How long the attempts of one request may wait for Imgur's answer (Set-ImgurOption -TimeoutSec, Connect-Imgur
/// -TimeoutSec). Each attempt waits at most the timeout; all attempts together wait at most twice the timeout, so a
/// request to a server that has stopped answering ends after two attempts, however many retries the policy allows.
/// An upload first gets time to send its body, the timeout plus a second for every 64 KiB; the wait for its answer
/// starts once the whole body is sent. Pauses between attempts (backoff, Retry-After) are not waiting for an answer:
/// the retry policy bounds those.
/// </summary>
internal sealed class AnswerTimer
{
    /// <summary>The default timeout: a GET to a silent server fails after about a minute, both attempts included.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The slowest sending rate an upload is allowed, a poor uplink's: 200 MB take 53 minutes.</summary>
    public const int SlowestSendingBytesPerSecond = 64 * 1024;

    // CancelAfter takes at most int.MaxValue milliseconds.
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly TimeSpan _timeout;
    private TimeSpan _left;

    public AnswerTimer(TimeSpan timeout)
    {
        _timeout = timeout;
        _left = timeout + timeout;
    }

    /// <summary>Attempts started so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Whether the attempts so far have left time to wait for another answer.</summary>
    public bool HasTimeLeft => _left > TimeSpan.Zero;

    /// <summary>How long an upload of <paramref name="bodyLength"/> bytes may take to send its body.</summary>
    public static TimeSpan SendingAllowance(TimeSpan timeout, long bodyLength) =>
        Min(timeout + TimeSpan.FromSeconds(bodyLength / (double)SlowestSendingBytesPerSecond), LongestWait);

    /// <summary>Starts an attempt: its token ends with the caller's (Ctrl+C) or when the attempt has waited long enough.</summary>
    public Attempt Begin(ImgurRequest request, CancellationToken cancellation)
    {
        Attempts++;
        return new Attempt(this, request, cancellation);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One attempt's deadline; disposing it books the time it waited for an answer.</summary>
    internal sealed class Attempt : IDisposable
    {
        private readonly AnswerTimer _timer;
        private readonly CancellationToken _caller;
        private readonly CancellationTokenSource _deadline;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly bool _isUpload;
        private readonly TimeSpan _limit;
        private long _bodyLength;
        private volatile bool _sending;

        public Attempt(AnswerTimer timer, ImgurRequest request, CancellationToken caller)
        {
            _timer = timer;
            _caller = caller;
            _isUpload = request.IsUpload;
            _limit = Min(timer._timeout, timer._left);
            _deadline = CancellationTokenSource.CreateLinkedTokenSource(caller);
        }

        /// <summary>Cancelled by Ctrl+C or when the attempt has waited too long.</summary>
        public CancellationToken Token => _deadline.Token;

        /// <summary>Whether the attempt ran out of time (and the caller did not stop it).</summary>
        public bool TimedOut => _deadline.IsCancellationRequested && !_caller.IsCancellationRequested;

        /// <summary>
        /// The body to send, and the clock started: an upload's body is watched so that its wait for the answer
        /// starts once the body is sent.
        /// </summary>
        public HttpContent? Send(HttpContent? body)
        {
            if (!_isUpload || body is null)
            {
                _deadline.CancelAfter(_limit);
                return body;
            }

            _sending = true;
            _bodyLength = body.Headers.ContentLength ?? 0;
            _deadline.CancelAfter(SendingAllowance(_timer._timeout, _bodyLength));
            return new WatchedBody(body, BodySent);
        }

        /// <summary>The error for an attempt that ran out of time: which request, how long it waited, and what to do.</summary>
        public TimeoutException Timeout(string method, string path)
        {
            const string Remedy = "If Imgur is slow rather than unreachable, allow more time with Set-ImgurOption -TimeoutSec or Connect-Imgur -TimeoutSec.";
            if (_sending)
            {
                var allowance = SendingAllowance(_timer._timeout, _bodyLength);
                return new ImgurTimeoutException(
                    $"{method} {path} could not send its {_bodyLength / 1048576.0:0.#} MB body within {Seconds(allowance)} s (the {Seconds(_timer._timeout)} s timeout plus a second per 64 KB): the connection is slower than 64 KB/s, or stalled. Nothing was stored; it can be sent again. {Remedy}",
                    whileSending: true);
            }

            if (_isUpload)
            {
                return new ImgurTimeoutException(
                    $"Imgur did not answer {method} {path} within {Seconds(_limit)} s after the whole body was sent. The upload may have been made and only its answer lost, so it is not sent again. {Remedy}",
                    whileSending: false);
            }

            // Called before this attempt is booked (Dispose), which will count its whole limit.
            var waited = _timer._timeout + _timer._timeout - _timer._left + _limit;
            var attempts = _timer.Attempts > 1 ? $" ({_timer.Attempts} attempts, {Seconds(waited)} s of waiting in all)" : string.Empty;
            return new ImgurTimeoutException($"Imgur did not answer {method} {path} within {Seconds(_limit)} s{attempts}. {Remedy}", whileSending: false);
        }

        public void Dispose()
        {
            // Sending is not waiting for an answer. A timed-out attempt spent its whole limit, whatever the clock
            // says, so that a silent server gets exactly two attempts.
            _timer._left -= _sending ? TimeSpan.Zero : TimedOut ? _limit : _clock.Elapsed;
            _deadline.Dispose();
        }

        private void BodySent()
        {
            _clock.Restart();
            _sending = false;
            _deadline.CancelAfter(_limit);
        }
    }

    /// <summary>A request body that says when it has been sent in full.</summary>
    private sealed class WatchedBody : HttpContent
    {
        private readonly HttpContent _body;
        private readonly Action _sent;

        public WatchedBody(HttpContent body, Action sent)
        {
            _body = body;
            _sent = sent;
            foreach (var header in body.Headers) Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext context)
        {
            await _body.CopyToAsync(stream, context).ConfigureAwait(false);
            _sent();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Headers.ContentLength ?? 0;
            return _body.Headers.ContentLength.HasValue;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _body.Dispose();
            base.Dispose(disposing);
        }
    }
}
