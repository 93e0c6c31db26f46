using System;

namespace ImgurPS.Emulator.Media;

/// <summary>Tells a file's type from its first bytes, as Imgur does, ignoring names and declared types.</summary>
public static class MagicBytes
{
    /// <summary>The type of the file starting with <paramref name="head"/>, or null when Imgur would refuse it.</summary>
    public static MediaType? Sniff(ReadOnlySpan<byte> head)
    {
        if (At(head, 0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MediaType.Png;
        }

        if (At(head, 0, [0xFF, 0xD8, 0xFF]))
        {
            return MediaType.Jpeg;
        }

        if (At(head, 0, "GIF87a"u8) || At(head, 0, "GIF89a"u8))
        {
            return MediaType.Gif;
        }

        if (At(head, 0, "RIFF"u8))
        {
            return At(head, 8, "WEBP"u8) ? MediaType.Webp : At(head, 8, "AVI "u8) ? MediaType.Avi : null;
        }

        if (At(head, 0, "II*\0"u8) || At(head, 0, "MM\0*"u8))
        {
            return MediaType.Tiff;
        }

        if (At(head, 4, "ftyp"u8))
        {
            return At(head, 8, "qt  "u8) ? MediaType.QuickTime : MediaType.Mp4;
        }

        if (At(head, 0, [0x1A, 0x45, 0xDF, 0xA3]))
        {
            // WebM is Matroska with the doc type "webm" in its EBML header.
            return head[..Math.Min(head.Length, 64)].IndexOf("webm"u8) >= 0 ? MediaType.Webm : MediaType.Matroska;
        }

        if (At(head, 0, "FLV"u8))
        {
            return MediaType.Flv;
        }

        if (At(head, 0, [0x00, 0x00, 0x01, 0xBA]) || At(head, 0, [0x00, 0x00, 0x01, 0xB3]))
        {
            return MediaType.Mpeg;
        }

        if (At(head, 0, [0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11]))
        {
            return MediaType.Wmv;
        }

        // Checked last: two bytes alone would also match some text.
        return At(head, 0, "BM"u8) ? MediaType.Bmp : null;
    }

    static bool At(ReadOnlySpan<byte> head, int offset, ReadOnlySpan<byte> signature) =>
        head.Length >= offset + signature.Length && head.Slice(offset, signature.Length).SequenceEqual(signature);
}
