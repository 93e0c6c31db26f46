using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ImgurPS.Client.Persistence;

/// <summary>
/// Makes a file or folder private to its owner outside Windows (a Unix mode); on Windows the user's profile
/// folders already are, and the saved session is encrypted with DPAPI besides.
/// </summary>
internal static class OwnerOnly
{
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    public static void Restrict(string path, string octalMode)
    {
        if (IsWindows) return;
        if (UnixFiles.chmod(path, Convert.ToUInt32(octalMode, 8)) != 0)
        {
            throw new IOException($"Could not make '{path}' private to its owner (chmod {octalMode} failed with error {Marshal.GetLastWin32Error()}).");
        }
    }

    private static class UnixFiles
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int chmod(string path, uint mode);
    }
}
