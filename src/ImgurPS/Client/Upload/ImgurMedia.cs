using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace ImgurPS.Client.Upload;

/// <summary>Upload limits (spec 1.13): the strictest published values, so that Imgur does not reject a file after its upload.</summary>
internal sealed class ImgurUploadLimits
{
    public static ImgurUploadLimits Default { get; } = new();

    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;

    public long MaxVideoBytes { get; set; } = 200L * 1024 * 1024;
}

/// <summary>A local file checked for upload: its kind and MIME type come from its first bytes, not its name.</summary>
internal sealed class ImgurMedia
{
    private const string Accepted =
        "Imgur takes JPEG, PNG, APNG, GIF, TIFF, WebP and BMP images, and MP4, WebM, MKV, MOV, AVI, FLV, WMV and MPEG videos";

    private ImgurMedia(string path, string mimeType, long length)
    {
        Path = path;
        MimeType = mimeType;
        Length = length;
    }

    public string Path { get; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public string MimeType { get; }

    public long Length { get; }

    public bool IsVideo => MimeType.StartsWith("video/", StringComparison.Ordinal);

    /// <summary>Reads the file's header and checks type and size; a file Imgur would refuse throws <see cref="ImgurMediaException"/>.</summary>
    public static ImgurMedia Inspect(string path, ImgurUploadLimits limits)
    {
        RequireRegularFile(path);
        var header = new byte[32];
        long length;
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64))
        {
            length = stream.Length;
            read = stream.Read(header, 0, header.Length);
        }

        return Check(path, length, content: null, header, read, limits);
    }

    /// <summary>
    /// Checks content held in memory (a byte array or a stream's bytes) as <see cref="Inspect"/> checks a file;
    /// <paramref name="name"/> is the file name Imgur is given and errors name.
    /// </summary>
    public static ImgurMedia FromContent(byte[] content, string name, ImgurUploadLimits limits) =>
        Check(name, content.LongLength, content, content, Math.Min(content.Length, 32), limits);

    /// <summary>The bytes to send when they are held in memory; null for a file, which is streamed from disk.</summary>
    public byte[]? Content { get; private set; }

    // One check for a file and for content in memory: empty, not a type Imgur takes, or over its limit.
    private static ImgurMedia Check(string path, long length, byte[]? content, byte[] header, int read, ImgurUploadLimits limits)
    {
        var name = System.IO.Path.GetFileName(path);
        if (length == 0) throw new ImgurMediaException(ImgurMediaProblem.Empty, $"File '{name}' is empty; there is nothing to upload.");

        var mimeType = Sniff(header, read, path)
            ?? throw new ImgurMediaException(ImgurMediaProblem.NotMedia, $"File '{name}' is not an image or video that Imgur accepts. {Accepted}.");

        var media = new ImgurMedia(path, mimeType, length) { Content = content };
        var limit = media.IsVideo ? limits.MaxVideoBytes : limits.MaxImageBytes;
        if (length > limit)
        {
            throw new ImgurMediaException(ImgurMediaProblem.TooLarge,
                $"File '{name}' is {Megabytes(length)}; Imgur accepts {(media.IsVideo ? "videos" : "images")} up to {Megabytes(limit)} through the API. Shrink or compress it first.");
        }
        return media;
    }

    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    /// <summary>
    /// Refuses a FIFO, device or socket before it is opened: opening a FIFO blocks until something writes to it, and a
    /// device such as /dev/zero never ends. Throws <see cref="ArgumentException"/> naming the file.
    /// </summary>
    private static void RequireRegularFile(string path)
    {
        if (IsWindows) return;
        string? kind;
        if (UnixFileStatus.Of(path, followLink: true) is { } status)
        {
            kind = status.SpecialKind;
        }
        else
        {
            // Without the runtime's stat (Mono), only a length tells: a FIFO and a character device have none.
            kind = File.Exists(path) && new FileInfo(path).Length == 0 ? "empty, or not a regular file" : null;
        }

        if (kind is null) return;
        throw new ArgumentException($"'{path}' is {kind}, not a regular file, so it is not read or sent (reading it could wait forever or never end). Pass image and video files only.", nameof(path));
    }

    private static string? Sniff(byte[] head, int length, string path)
    {
        bool StartsWith(int offset, params byte[] magic) => length >= offset + magic.Length && head.Skip(offset).Take(magic.Length).SequenceEqual(magic);
        bool Ascii(int offset, string text) => StartsWith(offset, Encoding.ASCII.GetBytes(text));

        if (StartsWith(0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
        if (StartsWith(0, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (Ascii(0, "GIF87a") || Ascii(0, "GIF89a")) return "image/gif";
        if (Ascii(0, "RIFF") && Ascii(8, "WEBP")) return "image/webp";
        if (Ascii(0, "RIFF") && Ascii(8, "AVI ")) return "video/x-msvideo";
        if (StartsWith(0, 0x49, 0x49, 0x2A, 0x00) || StartsWith(0, 0x4D, 0x4D, 0x00, 0x2A)) return "image/tiff";
        if (Ascii(0, "BM")) return "image/bmp";
        if (Ascii(4, "ftyp")) return Ascii(8, "qt  ") ? "video/quicktime" : "video/mp4";
        if (StartsWith(0, 0x1A, 0x45, 0xDF, 0xA3))
        {
            return string.Equals(System.IO.Path.GetExtension(path), ".webm", StringComparison.OrdinalIgnoreCase) ? "video/webm" : "video/x-matroska";
        }
        if (Ascii(0, "FLV")) return "video/x-flv";
        if (StartsWith(0, 0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11)) return "video/x-ms-wmv";
        if (StartsWith(0, 0x00, 0x00, 0x01, 0xBA) || StartsWith(0, 0x00, 0x00, 0x01, 0xB3)) return "video/mpeg";
        return null;
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>Why a file cannot be uploaded, as its own ErrorId tells.</summary>
internal enum ImgurMediaProblem
{
    Empty,
    NotMedia,
    TooLarge,
}

/// <summary>A file Imgur would refuse, found before anything is sent.</summary>
internal sealed class ImgurMediaException : IOException
{
    public ImgurMediaException(ImgurMediaProblem problem, string message)
        : base(message) => Problem = problem;

    public ImgurMediaProblem Problem { get; }
}
