using System.Globalization;

namespace ImgurPS.Commands;

/// <summary>Sizes as progress bars and Verbose lines show them.</summary>
internal static class ByteSize
{
    /// <summary>A size as a person reads it: bytes, KB or MB.</summary>
    public static string Format(long bytes) => bytes < 1024
        ? string.Format(CultureInfo.InvariantCulture, "{0} B", bytes)
        : bytes < 1048576
            ? string.Format(CultureInfo.InvariantCulture, "{0:0.0} KB", bytes / 1024.0)
            : string.Format(CultureInfo.InvariantCulture, "{0:0.0} MB", bytes / 1048576.0);
}
