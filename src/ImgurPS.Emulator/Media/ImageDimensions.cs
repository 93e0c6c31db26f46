using System;
using static System.Buffers.Binary.BinaryPrimitives;

namespace ImgurPS.Emulator.Media;

/// <summary>
/// Reads width and height from a file's first bytes where that is cheap (PNG, GIF, BMP, JPEG);
/// other types report 0 x 0, as Imgur does for media it has not processed.
/// </summary>
public static class ImageDimensions
{
    public static (int Width, int Height) Read(MediaType type, ReadOnlySpan<byte> head)
    {
        if (type == MediaType.Png && head.Length >= 24)
        {
            // The IHDR chunk always comes first.
            return ((int)ReadUInt32BigEndian(head[16..]), (int)ReadUInt32BigEndian(head[20..]));
        }

        if (type == MediaType.Gif && head.Length >= 10)
        {
            return (ReadUInt16LittleEndian(head[6..]), ReadUInt16LittleEndian(head[8..]));
        }

        if (type == MediaType.Bmp && head.Length >= 26)
        {
            // A negative height means the rows are stored top-down.
            return (ReadInt32LittleEndian(head[18..]), Math.Abs(ReadInt32LittleEndian(head[22..])));
        }

        return type == MediaType.Jpeg ? ReadJpeg(head) : (0, 0);
    }

    /// <summary>Walks the marker segments to the first start-of-frame, which holds the size.</summary>
    static (int Width, int Height) ReadJpeg(ReadOnlySpan<byte> head)
    {
        int at = 2;
        while (at + 9 <= head.Length && head[at] == 0xFF)
        {
            byte marker = head[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return (ReadUInt16BigEndian(head[(at + 7)..]), ReadUInt16BigEndian(head[(at + 5)..]));
            }

            at += 2 + ReadUInt16BigEndian(head[(at + 2)..]);
        }

        return (0, 0);
    }
}
