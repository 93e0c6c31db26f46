using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Upload;

/// <summary>A read-only view of a file stream that reports how many bytes the HTTP stack has read from it.</summary>
internal sealed class ProgressStream : Stream
{
    private readonly Stream _inner;
    private readonly IProgress<long>? _progress;
    private readonly bool _readInline;
    private long _sent;

    /// <param name="inner">The file, owned and disposed by this stream.</param>
    /// <param name="progress">Hears the bytes read so far.</param>
    /// <param name="readInline">
    /// Answer asynchronous reads with a synchronous one. Outside Windows, FileStream.ReadAsync only queues the same
    /// read to another pool thread, and reading a local file costs less than that hop.
    /// </param>
    public ProgressStream(Stream inner, IProgress<long>? progress, bool readInline = false)
    {
        _inner = inner;
        _progress = progress;
        _readInline = readInline;
    }

    public override bool CanRead => true;

    public override bool CanSeek => _inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set
        {
            _inner.Position = value;
            _sent = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (!_readInline) return Count(await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

        cancellationToken.ThrowIfCancellationRequested();
        return Read(buffer, offset, count);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        _sent = _inner.Seek(offset, origin);
        return _sent;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _sent += read;
        _progress?.Report(_sent);
        return read;
    }
}
