using System;
using System.Buffers;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Emulator.Media;

/// <summary>What the emulator learns from an uploaded file (its bytes are kept apart, in <see cref="MediaFiles"/>).</summary>
/// <param name="Sha256">The content's SHA-256 in hex; null when not taken.</param>
public sealed record InspectedFile(MediaType? Media, long Size, int Width, int Height, bool Animated, string? Sha256 = null);

/// <summary>Streams an upload once: keeps its first bytes for sniffing and counts the rest.</summary>
public static class UploadInspector
{
    // Enough for every signature and, in practice, for a JPEG's start-of-frame behind its EXIF block.
    const int HeadLength = 64 * 1024;

    /// <param name="keep">Where the bytes are copied as they pass, to be served later; null keeps nothing.</param>
    public static async Task<InspectedFile> InspectAsync(Stream content, bool hashContent, CancellationToken cancellation, Stream? keep = null)
    {
        // The content hash lets tests count uploads of the same file (GET /_emulator/uploads).
        using IncrementalHash? hash = hashContent ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        byte[] head = ArrayPool<byte>.Shared.Rent(HeadLength);
        try
        {
            int headLength = await content.ReadAtLeastAsync(head.AsMemory(0, HeadLength), HeadLength, throwOnEndOfStream: false, cancellation);
            hash?.AppendData(head, 0, headLength);
            if (keep is not null)
            {
                await keep.WriteAsync(head.AsMemory(0, headLength), cancellation);
            }

            long size = headLength + await CountRestAsync(content, hash, keep, cancellation);
            return Inspect(head.AsSpan(0, headLength), size, hash is null ? null : Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    static InspectedFile Inspect(ReadOnlySpan<byte> start, long size, string? sha256)
    {
        MediaType? media = MagicBytes.Sniff(start);
        if (media is null)
        {
            return new InspectedFile(null, size, 0, 0, false, sha256);
        }

        (int width, int height) = ImageDimensions.Read(media, start);

        // A GIF loops (is animated) when it carries the NETSCAPE2.0 extension, found right after its header.
        bool animated = media.IsVideo || (media == MediaType.Gif && start.IndexOf("NETSCAPE2.0"u8) >= 0);
        return new InspectedFile(media, size, width, height, animated, sha256);
    }

    static async Task<long> CountRestAsync(Stream content, IncrementalHash? hash, Stream? keep, CancellationToken cancellation)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long count = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellation)) > 0)
            {
                count += read;
                hash?.AppendData(buffer, 0, read);
                if (keep is not null)
                {
                    await keep.WriteAsync(buffer.AsMemory(0, read), cancellation);
                }
            }

            return count;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
