using System;
using System.IO;
using System.Text.Json;

namespace ImgurPS.Client.Persistence;

/// <summary>
/// The user's saved options (Set-ImgurOption -Scope CurrentUser): settings.json beside the saved session. It holds
/// no secret, but it decides how ImgurPS spends the user's credits, so it is written like the session (owner-only,
/// replaced whole) and read only when it is a regular file that no one else can change. Reading is bounded: a file
/// over <see cref="MaxBytes"/> or nested deeper than the serializer's default depth is refused, not parsed.
/// </summary>
internal sealed class SettingsStore
{
    /// <summary>Far above what the options take (about 300 bytes), and little enough to read at once.</summary>
    public const int MaxBytes = 64 * 1024;

    public SettingsStore(string path) => FilePath = path;

    public static SettingsStore ForCurrentUser() => new(Path.Combine(UserFolder.Path(), "settings.json"));

    public string FilePath { get; }

    /// <summary>
    /// The saved options as the file has them (values out of range included), or null when there is no file. A
    /// file that cannot be used throws <see cref="InvalidDataException"/> whose message says why, naming the file.
    /// </summary>
    public SavedOptions? Load()
    {
        if (OwnerOnly.Problem(FilePath, out _) is { } problem) throw Unusable(problem);

        byte[] bytes;
        try
        {
            using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxBytes) throw Unusable($"is larger than {MaxBytes / 1024} KB");
            bytes = new byte[stream.Length];
            var read = 0;
            while (read < bytes.Length && stream.Read(bytes, read, bytes.Length - read) is var count and > 0) read += count;
            if (read < bytes.Length) Array.Resize(ref bytes, read);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception error) when (error is not InvalidDataException && error is IOException or UnauthorizedAccessException)
        {
            throw Unusable($"cannot be read ({error.Message})");
        }

        try
        {
            // Editors on Windows often start a UTF-8 file with a byte order mark.
            var json = new ReadOnlySpan<byte>(bytes);
            if (json.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) json = json.Slice(3);
            return JsonSerializer.Deserialize(json, LocalFileJsonContext.Default.SavedOptions)
                ?? throw Unusable("holds null, not the options");
        }
        catch (JsonException error)
        {
            throw Unusable($"is not valid ({error.Message})");
        }
    }

    public void Save(SavedOptions options) =>
        OwnerOnly.WriteFile(FilePath, JsonSerializer.SerializeToUtf8Bytes(options, LocalFileJsonContext.Default.SavedOptions));

    public bool Delete()
    {
        if (!File.Exists(FilePath)) return false;
        File.Delete(FilePath);
        return true;
    }

    private InvalidDataException Unusable(string reason) => new($"The ImgurPS settings file '{FilePath}' {reason}");
}
