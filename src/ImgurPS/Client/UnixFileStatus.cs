using System;
using System.Runtime.InteropServices;

namespace ImgurPS.Client;

/// <summary>
/// A file's type, mode and owner outside Windows, which netstandard2.0 cannot tell (a FIFO's attributes read
/// Normal). It asks .NET's own native layer (System.Native, present wherever .NET runs on Unix): its status block
/// is the same on every Unix and processor, unlike libc's struct stat, and starts with flags, mode, uid and gid
/// (4 bytes each).
/// </summary>
internal readonly struct UnixFileStatus
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int SymbolicLinkType = 0xA000;
    private const int StatusBytes = 512;

    private UnixFileStatus(int mode, uint owner)
    {
        Mode = mode;
        Owner = owner;
    }

    /// <summary>The type and permission bits.</summary>
    public int Mode { get; }

    /// <summary>The owner's user id.</summary>
    public uint Owner { get; }

    public bool IsRegularFile => (Mode & TypeMask) == RegularFile;

    public bool IsSymbolicLink => (Mode & TypeMask) == SymbolicLinkType;

    /// <summary>What the file is, in words, when it is not a regular file; null for a regular file.</summary>
    public string? SpecialKind => (Mode & TypeMask) switch
    {
        RegularFile => null,
        SymbolicLinkType => "a symbolic link",
        0x1000 => "a named pipe (FIFO)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0x4000 => "a folder",
        0xC000 => "a socket",
        _ => "a special file",
    };

    /// <summary>
    /// The status of <paramref name="path"/> itself (<paramref name="followLink"/> false, lstat) or of what a link at
    /// it points to (stat). Null when the file cannot be looked at, and when the runtime has no System.Native (Mono):
    /// callers then fall back on what opening the file tells.
    /// </summary>
    public static UnixFileStatus? Of(string path, bool followLink)
    {
        var status = new byte[StatusBytes];
        try
        {
            if ((followLink ? Stat(path, status) : LStat(path, status)) != 0) return null;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return new UnixFileStatus(BitConverter.ToInt32(status, 4), BitConverter.ToUInt32(status, 8));
    }

    /// <summary>The effective user id of this process.</summary>
    [DllImport("libc", EntryPoint = "geteuid")]
    public static extern uint CurrentUser();

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat(string path, byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat(string path, byte[] status);
}
