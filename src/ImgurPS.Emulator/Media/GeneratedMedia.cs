using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Emulator.Media;

/// <summary>
/// Stand-in bytes for media whose upload the emulator never saw (the seeded gallery, thumbnails, the MP4 of a GIF):
/// the file header of the stated type, with the stated width and height where the type has them (the emulator's own
/// upload inspection reads them back), then a fixed filler up to the stated size. Deterministic, cheap, streamed in
/// blocks, so a 200 MB video costs no memory. They are not decodable pictures (see docs/emulator.md).
/// </summary>
public static class GeneratedMedia
{
    const int BlockSize = 64 * 1024;

    static readonly byte[] Filler = MakeFiller();

    public static async Task WriteAsync(Stream output, MediaType type, long size, int width, int height, CancellationToken cancellation)
    {
        byte[] header = Header(type, width, height);
        int headLength = (int)Math.Min(header.Length, size);
        await output.WriteAsync(header.AsMemory(0, headLength), cancellation);
        for (long left = size - headLength; left > 0; left -= BlockSize)
        {
            await output.WriteAsync(Filler.AsMemory(0, (int)Math.Min(BlockSize, left)), cancellation);
        }
    }

    static byte[] MakeFiller()
    {
        var filler = new byte[BlockSize];
        uint state = 0x9E3779B9;
        for (int i = 0; i < filler.Length; i++)
        {
            state = state * 1664525 + 1013904223;
            filler[i] = (byte)(state >> 24);
        }

        return filler;
    }

    static byte[] Header(MediaType type, int width, int height)
    {
        if (type == MediaType.Png)
        {
            var png = new byte[33];
            new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(png, 0);
            BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), (uint)width);
            BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), (uint)height);
            png[24] = 8; // bit depth
            png[25] = 2; // truecolour
            BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
            return png;
        }

        if (type == MediaType.Jpeg)
        {
            // SOI, then a baseline start-of-frame with the size and three components.
            var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01 };
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(7), (ushort)height);
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(9), (ushort)width);
            return jpeg;
        }

        if (type == MediaType.Gif)
        {
            // The NETSCAPE2.0 loop extension right after the header marks it animated, as the inspection expects.
            var gif = new byte[13 + 19];
            "GIF89a"u8.CopyTo(gif);
            BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(6), (ushort)width);
            BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(8), (ushort)height);
            new byte[] { 0x21, 0xFF, 0x0B }.CopyTo(gif, 13);
            "NETSCAPE2.0"u8.CopyTo(gif.AsSpan(16));
            new byte[] { 0x03, 0x01, 0x00, 0x00, 0x00 }.CopyTo(gif, 27);
            return gif;
        }

        if (type.IsVideo)
        {
            return [0x00, 0x00, 0x00, 0x18, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00, .. "isomiso2"u8];
        }

        return type == MediaType.Webp ? [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8] : type == MediaType.Bmp ? [.. "BM"u8] : [];
    }

    static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
