using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Handlers;

/// <summary>
/// Bounds the memory an API answer can take. The largest Imgur answers (a page of gallery items, a long comment
/// thread) are a few megabytes, so an answer over <see cref="Limit"/> means the server is not Imgur, or not behaving
/// like it. An announced length over the limit is refused before any of the body is read; otherwise the body is
/// counted as it is read, after decompression, and reading stops at the limit. It sits next to the connection, so
/// every reader above it (the ETag cache, the client) is bounded. It bounds API answers only: ImgurPS downloads no
/// media through this pipeline.
/// </summary>
internal sealed class AnswerSizeHandler : DelegatingHandler
{
    /// <summary>64 MB: far above any API answer, far below what would strain a runbook's memory.</summary>
    public const long Limit = 64L * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content is not { } content) return response;

        var method = request.Method.Method;
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        if (content.Headers.ContentLength is > Limit)
        {
            var declared = content.Headers.ContentLength;
            response.Dispose();
            throw new ImgurAnswerTooLargeException(Limit, declared, method, path);
        }

        response.Content = new BoundedContent(content, () => new ImgurAnswerTooLargeException(Limit, null, method, path));
        return response;
    }

    /// <summary>
    /// Reads a whole answer body, which this handler has bounded. The token stops the read at once; closing the answer
    /// instead would first drain what is left of it, for seconds. Where reads ignore tokens (.NET Framework), the
    /// caller also closes the answer when the token ends. A connection that breaks mid-answer is an
    /// <see cref="HttpRequestException"/>, as a failure before the answer is, whoever reads the body.
    /// </summary>
    public static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = response.Content;
        try
        {
            using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            using var body = new MemoryStream((int)Math.Min(content.Headers.ContentLength ?? 0, Limit));
            var block = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(block, 0, block.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                body.Write(block, 0, read);
            }
            return body.ToArray();
        }
        catch (IOException error) when (!cancellationToken.IsCancellationRequested)
        {
            var request = response.RequestMessage;
            throw new HttpRequestException($"The answer to {request?.Method.Method} {request?.RequestUri?.AbsolutePath} was cut off: {error.Message}", error);
        }
    }

    /// <summary>The answer's body, read through a stream that fails once more than <see cref="Limit"/> bytes came.</summary>
    private sealed class BoundedContent : HttpContent
    {
        private readonly HttpContent _body;
        private readonly Func<Exception> _tooLarge;

        public BoundedContent(HttpContent body, Func<Exception> tooLarge)
        {
            _body = body;
            _tooLarge = tooLarge;
            foreach (var header in body.Headers) Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext context)
        {
            using var source = await CreateContentReadStreamAsync().ConfigureAwait(false);
            await source.CopyToAsync(stream).ConfigureAwait(false);
        }

        protected override async Task<Stream> CreateContentReadStreamAsync() =>
            new BoundedStream(await _body.ReadAsStreamAsync().ConfigureAwait(false), _tooLarge);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _body.Dispose();
            base.Dispose(disposing);
        }
    }

    private sealed class BoundedStream : Stream
    {
        private readonly Stream _inner;
        private readonly Func<Exception> _tooLarge;
        private long _read;

        public BoundedStream(Stream inner, Func<Exception> tooLarge)
        {
            _inner = inner;
            _tooLarge = tooLarge;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            _read += read;
            if (_read > Limit) throw _tooLarge();
            return read;
        }
    }
}
