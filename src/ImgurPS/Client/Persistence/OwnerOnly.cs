using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ImgurPS.Client.Persistence;

/// <summary>
/// Makes a file or folder private to its owner outside Windows (a Unix mode), and tells whether a file is safe to
/// read secrets from; on Windows the user's profile folders already are private, and the saved session is
/// encrypted with DPAPI besides.
/// </summary>
internal static class OwnerOnly
{
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    private const int WritableByGroup = 0x10;
    private const int WritableByOthers = 0x2;

    public static void Restrict(string path, string octalMode)
    {
        if (IsWindows) return;
        if (chmod(path, Convert.ToUInt32(octalMode, 8)) != 0)
        {
            throw new IOException($"Could not make '{path}' private to its owner (chmod {octalMode} failed with error {Marshal.GetLastWin32Error()}).");
        }
    }

    /// <summary>
    /// Makes a folder private to its owner unless it is a symbolic link: chmod would change the link's target,
    /// a folder that the user (or someone else) chose, and never ImgurPS's to change.
    /// </summary>
    public static void RestrictFolder(string path)
    {
        if (IsWindows || UnixFileStatus.Of(path, followLink: false) is { IsSymbolicLink: true }) return;
        Restrict(path, "700");
    }

    /// <summary>
    /// Writes a file that only its owner can read and change, in a folder private to them (created when missing).
    /// The bytes go to a temporary file that is then renamed over the old one, so a crash never leaves half a file.
    /// </summary>
    public static void WriteFile(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        RestrictFolder(directory);

        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            // The mode is set while the file is still empty, before any secret is written to it.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                Restrict(temporary, "600");
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            // A rename replaces whatever is at the path (a symbolic link included) and never writes through it.
            if (File.Exists(path)) File.Replace(temporary, path, null);
            else File.Move(temporary, path);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// Why the file at <paramref name="path"/> is not safe to read secrets from, or null when it is (or is not
    /// there: reading it then fails as usual). It must be a regular file, not a link, pipe, device or folder; outside
    /// Windows it must also belong to the current user and be writable by no one else. The path itself is looked
    /// at (lstat), never opened: opening a named pipe waits for a writer, for ever. <paramref name="fixableWithChmod"/>
    /// tells whether chmod 600 is the whole fix.
    /// </summary>
    public static string? Problem(string path, out bool fixableWithChmod)
    {
        fixableWithChmod = false;
        if (IsWindows) return WindowsProblem(path);

        if (UnixFileStatus.Of(path, followLink: false) is not { } status) return null;
        if (status.SpecialKind is { } kind) return $"is {kind}, not a regular file";

        var me = UnixFileStatus.CurrentUser();
        if (status.Owner != me) return $"belongs to user id {status.Owner}, not to you (user id {me})";

        var writers = (status.Mode & WritableByGroup) != 0
            ? (status.Mode & WritableByOthers) != 0 ? "group and others" : "its group"
            : (status.Mode & WritableByOthers) != 0 ? "others" : null;
        if (writers is null) return null;
        fixableWithChmod = true;
        return $"can be changed by {writers} (mode {Convert.ToString(status.Mode & 0xFFF, 8).PadLeft(4, '0')})";
    }

    // Windows: the type alone; the owner and the ACL are left to the profile folder, and DPAPI ties the content to the user.
    private static string? WindowsProblem(string path)
    {
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if ((attributes & FileAttributes.ReparsePoint) != 0) return "is a symbolic link or another reparse point, not a regular file";
        if ((attributes & FileAttributes.Directory) != 0) return "is a folder, not a regular file";
        if ((attributes & FileAttributes.Device) != 0) return "is a device, not a regular file";
        return null;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int chmod(string path, uint mode);
}
