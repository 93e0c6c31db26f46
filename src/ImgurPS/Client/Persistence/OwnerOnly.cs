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

    // The file types and permission bits of a mode, as .NET's native layer reports them on every Unix.
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int SymbolicLink = 0xA000;
    private const int WritableByGroup = 0x10;
    private const int WritableByOthers = 0x2;

    public static void Restrict(string path, string octalMode)
    {
        if (IsWindows) return;
        if (UnixFiles.chmod(path, Convert.ToUInt32(octalMode, 8)) != 0)
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
        if (IsWindows || UnixFiles.Status(path) is { } status && (status.Mode & TypeMask) == SymbolicLink) return;
        Restrict(path, "700");
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

        if (UnixFiles.Status(path) is not { } status) return null;
        var type = status.Mode & TypeMask;
        if (type != RegularFile) return "is " + UnixTypeName(type) + ", not a regular file";

        var me = UnixFiles.geteuid();
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

    private static string UnixTypeName(int type) => type switch
    {
        SymbolicLink => "a symbolic link",
        0x1000 => "a named pipe (FIFO)",
        0x2000 or 0x6000 => "a device",
        0x4000 => "a folder",
        0xC000 => "a socket",
        _ => "a special file",
    };

    private readonly struct UnixStatus
    {
        public UnixStatus(int mode, uint owner)
        {
            Mode = mode;
            Owner = owner;
        }

        public int Mode { get; }

        public uint Owner { get; }
    }

    private static class UnixFiles
    {
        // .NET's own lstat (System.Native, present wherever .NET runs on Unix): its status block is the same on
        // every Unix and processor, unlike libc's struct stat, and starts with flags, mode, uid and gid (4 bytes each).
        private const int StatusBytes = 256;

        [DllImport("libc", SetLastError = true)]
        public static extern int chmod(string path, uint mode);

        [DllImport("libc")]
        public static extern uint geteuid();

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
        private static extern int LStat(string path, byte[] status);

        /// <summary>The path's own type, mode and owner, not its link target's; null when it cannot be looked at.</summary>
        public static UnixStatus? Status(string path)
        {
            var status = new byte[StatusBytes];
            if (LStat(path, status) != 0) return null;
            return new UnixStatus(BitConverter.ToInt32(status, 4), BitConverter.ToUInt32(status, 8));
        }
    }
}
