using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ImgurPS.Client.OAuth;

/// <summary>Opens an address in the user's default browser, where this machine has one.</summary>
internal static class SystemBrowser
{
    public static bool TryOpen(Uri address)
    {
        ProcessStartInfo start;
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            start = new ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true };
        }
        else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            start = new ProcessStartInfo("open", address.AbsoluteUri);
        }
        else if (HasDesktop())
        {
            start = new ProcessStartInfo("xdg-open", address.AbsoluteUri);
        }
        else
        {
            // Over SSH or in a container there is no desktop to show a browser on.
            return false;
        }

        try
        {
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    private static bool HasDesktop() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
}
