using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Upload;

/// <summary>
/// A read-only view of a file stream that reports how many bytes the HTTP stack has read from it, and the SHA-256
/// of exactly those bytes once it has read them all from the start: the journal pairs a link with what was sent.
/// </summary>
internal sealed class ProgressStream : Stream
{
    private readonly Stream _inner;
    private readonly IProgress<long>? _progress;
    private readonly bool _readInline;
    private readonly Action<string, long>? _sentContent;
    private IncrementalHash? _hash;
    private long _sent;

    /// <param name="inner">The file, owned and disposed by this stream.</param>
    /// <param name="progress">Hears the bytes read so far.</param>
    /// <param name="readInline">
    /// Answer asynchronous reads with a synchronous one. Outside Windows, FileStream.ReadAsync only queues the same
    /// read to another pool thread, and reading a local file costs less than that hop.
    /// </param>
    /// <param name="sentContent">Hears the SHA-256 (lowercase hex) and length of the bytes read, at the end of the stream.</param>
    public ProgressStream(Stream inner, IProgress<long>? progress, bool readInline = false, Action<string, long>? sentContent = null)
    {
        _inner = inner;
        _progress = progress;
        _readInline = readInline;
        _sentContent = sentContent;
        if (sentContent is not null) _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
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
            Rewound(value);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(buffer, offset, _inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (!_readInline) return Count(buffer, offset, await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

        cancellationToken.ThrowIfCancellationRequested();
        return Read(buffer, offset, count);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var position = _inner.Seek(offset, origin);
        Rewound(position);
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _hash?.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Count(byte[] buffer, int offset, int read)
    {
        if (read > 0) _hash?.AppendData(buffer, offset, read);
        else if (_hash is not null && _sentContent is not null)
        {
            _sentContent(UploadJournal.Hex(_hash.GetHashAndReset()), _sent);
            _hash.Dispose();
            _hash = null;
        }
        _sent += read;
        _progress?.Report(_sent);
        return read;
    }

    // Read again from the start, the hash starts again; from elsewhere, it would not describe the whole file.
    private void Rewound(long position)
    {
        _sent = position;
        if (_sentContent is null) return;
        _hash?.Dispose();
        _hash = position == 0 ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    }

}
