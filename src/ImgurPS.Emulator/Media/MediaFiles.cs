using System;
using System.IO;

namespace ImgurPS.Emulator.Media;

/// <summary>
/// The bytes of uploaded media, one file per image id in a temporary folder of this emulator's own: memory stays flat
/// however large the uploads, and the folder goes when the state does (a reset, or the emulator stopping).
/// </summary>
public sealed class MediaFiles : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), $"imgur-emulator-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>A new file for an upload being read; kept under its id by <see cref="Keep"/>, else deleted.</summary>
    public FileStream Create()
    {
        Directory.CreateDirectory(folder);
        return new FileStream(Path.Combine(folder, $"upload-{Guid.NewGuid():N}.part"), FileMode.CreateNew, FileAccess.Write, FileShare.Read, 81920, FileOptions.Asynchronous);
    }

    public void Keep(string uploadPath, string id) => File.Move(uploadPath, PathOf(id), overwrite: true);

    /// <summary>The stored bytes of an image, or null when none were kept (seeded images, URL uploads).</summary>
    public string? Find(string id) => File.Exists(PathOf(id)) ? PathOf(id) : null;

    public void Forget(string id)
    {
        if (Find(id) is { } path)
        {
            File.Delete(path);
        }
    }

    public static void Discard(string uploadPath)
    {
        try
        {
            File.Delete(uploadPath);
        }
        catch (IOException)
        {
            // Still open in a reader that was cut off; the folder goes with the state.
        }
    }

    string PathOf(string id) => Path.Combine(folder, id);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A download still reading a file; the system's temporary folder cleanup takes the rest.
        }
    }
}
