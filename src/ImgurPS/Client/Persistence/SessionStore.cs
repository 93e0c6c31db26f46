using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace ImgurPS.Client.Persistence;

/// <summary>
/// The user's saved session, in their profile and readable by them alone: protected with DPAPI for the current
/// user on Windows; elsewhere a file of mode 0600 in a directory of mode 0700 under the XDG config home
/// (<see cref="OwnerOnly.WriteFile"/>).
/// </summary>
internal sealed class SessionStore
{
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    public SessionStore(string path) => FilePath = path;

    /// <summary>The store of the current user: %LOCALAPPDATA%\ImgurPS\session.dat, or $XDG_CONFIG_HOME/ImgurPS/session.json.</summary>
    public static SessionStore ForCurrentUser() =>
        new(Path.Combine(UserFolder.Path(), IsWindows ? "session.dat" : "session.json"));

    public string FilePath { get; }

    public bool Exists => File.Exists(FilePath);

    /// <summary>
    /// The saved session; an unreadable or corrupt file throws <see cref="InvalidDataException"/> naming the file,
    /// and one that is not safe to trust (<see cref="OwnerOnly.Problem"/>) throws <see cref="UnsafeSavedSessionException"/>
    /// before it is opened.
    /// </summary>
    public SavedSession Load()
    {
        if (OwnerOnly.Problem(FilePath, out var fixableWithChmod) is { } problem)
        {
            var fix = fixableWithChmod
                ? $"If you made the file so, make it private with: chmod 600 '{FilePath}'. Otherwise delete it and save the session again with Connect-Imgur ... -Persist."
                : $"Delete it (Disconnect-Imgur -Forget, or remove '{FilePath}') and save the session again with Connect-Imgur ... -Persist.";
            throw new UnsafeSavedSessionException($"The saved Imgur session '{FilePath}' {problem}, so ImgurPS did not use it. {fix}");
        }

        try
        {
            var bytes = File.ReadAllBytes(FilePath);
            if (IsWindows) bytes = ProtectedData.Unprotect(bytes, null, DataProtectionScope.CurrentUser);
            return JsonSerializer.Deserialize(bytes, LocalFileJsonContext.Default.SavedSession)
                ?? throw new JsonException("The file holds no session.");
        }
        catch (Exception error) when (error is JsonException or CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"The saved Imgur session in '{FilePath}' cannot be read ({error.GetType().Name}). Sign in again with Connect-Imgur ... -Persist.", error);
        }
    }

    public void Save(SavedSession saved)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(saved, LocalFileJsonContext.Default.SavedSession);
        if (IsWindows) bytes = ProtectedData.Protect(bytes, null, DataProtectionScope.CurrentUser);
        OwnerOnly.WriteFile(FilePath, bytes);
    }

    /// <summary>
    /// Saves, or throws <see cref="SessionNotSavedException"/> saying where, why and how to save again. The session
    /// in memory is left as it is either way: with a rotated refresh token it may be the only copy that works.
    /// <c>afterRefresh</c> tells whether Imgur has just issued tokens (the saved copy is then out of date).
    /// </summary>
    public void SaveOrExplain(SavedSession saved, bool afterRefresh)
    {
        try
        {
            Save(saved);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SessionNotSavedException(FilePath, error, afterRefresh);
        }
    }

    /// <summary>Moves an unreadable file aside rather than overwriting it; returns where it went.</summary>
    public string SetAside()
    {
        var aside = $"{FilePath}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmss}";
        File.Move(FilePath, aside);
        return aside;
    }

    public bool Delete()
    {
        if (!File.Exists(FilePath)) return false;
        File.Delete(FilePath);
        return true;
    }
}

/// <summary>
/// A saved session that is not safe to use: not a regular file, someone else's, or writable by others. -Persist
/// sets it aside like an unreadable one before saving anew.
/// </summary>
internal sealed class UnsafeSavedSessionException : IOException
{
    public UnsafeSavedSessionException(string message)
        : base(message)
    {
    }
}

/// <summary>The session could not be written to its file; the message says where, why and how to save it again.</summary>
internal sealed class SessionNotSavedException : IOException
{
    public SessionNotSavedException(string path, Exception cause, bool afterRefresh)
        : base(Redaction.Redact(
            (afterRefresh
                ? $"Imgur issued new tokens, but the saved session '{path}' could not be updated ({cause.Message}). This PowerShell session goes on with the new refresh token; the file still holds the previous one, which Imgur may no longer accept. "
                : $"The session could not be saved to '{path}' ({cause.Message}); you are connected, but nothing was saved. ")
            + "Fix the cause (the folder's permissions, or whatever is in the way at that path), then save the session again with "
            + "Connect-Imgur -ClientId <id> -ClientSecret <secret> -Interactive -Persist (or -RefreshToken <token> -Persist with a refresh token Imgur still accepts). "
            + "ImgurPS also tries again after each refresh in this session."), cause)
    {
        Path = path;
    }

    /// <summary>The file that could not be written.</summary>
    public string Path { get; }
}
