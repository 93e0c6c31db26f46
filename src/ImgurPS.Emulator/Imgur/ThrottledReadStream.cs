using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Emulator.Imgur;

/// <summary>
/// A request body read no faster than a given rate (<c>--upload-kbps</c>), as an upload over a real link would arrive:
/// each read waits until the bytes read so far are due at that rate.
/// </summary>
public sealed class ThrottledReadStream(Stream inner, int kilobitsPerSecond) : Stream
{
    readonly double bytesPerSecond = kilobitsPerSecond * 1000 / 8.0;
    readonly Stopwatch clock = Stopwatch.StartNew();
    long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // Small reads keep the pace even: one read never takes more than a tenth of a second's worth.
        int chunk = Math.Min(buffer.Length, Math.Max(1, (int)(bytesPerSecond / 10)));
        int count = await inner.ReadAsync(buffer[..chunk], cancellationToken);
        read += count;
        TimeSpan due = TimeSpan.FromSeconds(read / bytesPerSecond) - clock.Elapsed;
        if (due > TimeSpan.Zero)
        {
            await Task.Delay(due, cancellationToken);
        }

        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
