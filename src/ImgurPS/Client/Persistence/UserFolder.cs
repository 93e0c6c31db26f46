using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ImgurPS.Client.Persistence;

/// <summary>Where ImgurPS keeps the current user's files: %LOCALAPPDATA%\ImgurPS on Windows, else $XDG_CONFIG_HOME/ImgurPS (~/.config/ImgurPS).</summary>
internal static class UserFolder
{
    public static string Path()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ImgurPS");
        }

        var configHome = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrEmpty(configHome))
        {
            configHome = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        }
        return System.IO.Path.Combine(configHome, "ImgurPS");
    }
}
