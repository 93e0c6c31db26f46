using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ImgurPS.Client.Persistence;
using ImgurPS.Models;

namespace ImgurPS.Client.Upload;

/// <summary>
/// One line of the journal (keys: path, size, sha256, name, account, started_at, id, deletehash, link, uploaded_at,
/// outcome). An intent line ("sending") is written before the request; its outcome line after it.
/// </summary>
internal sealed class UploadJournalEntry
{
    public string? Path { get; set; }

    public long Size { get; set; }

    public string? Sha256 { get; set; }

    /// <summary>The file name Imgur was given, which an account's image list shows.</summary>
    public string? Name { get; set; }

    /// <summary>The signed-in account that sent it; null for an anonymous upload (and in older journals).</summary>
    public string? Account { get; set; }

    /// <summary>When the request was about to be sent; null in older journals.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public string? Id { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("deletehash")]
    public string? DeleteHash { get; set; }

    public string? Link { get; set; }

    /// <summary>When the outcome was known.</summary>
    public DateTimeOffset? UploadedAt { get; set; }

    /// <summary>"sending" (intent), "uploaded", "uncertain" (sent, answer lost) or "failed" (not on Imgur).</summary>
    public string? Outcome { get; set; }

    /// <summary>Sent but with no answer: an intent without outcome (a stopped or killed run) or a lost answer.</summary>
    public bool IsUncertain => Outcome is UploadJournal.Uncertain or UploadJournal.Sending;
}

/// <summary>
/// The record of a batch, written ahead: before each request an intent line (path, size, content hash), flushed to
/// disk, and after it an outcome line, so a run stopped, killed or crashed at any moment leaves every file it sent
/// recorded as uploaded or uncertain. A later run skips files whose path and content hash it lists. One batch at a
/// time writes it: <see cref="Open"/> takes a lock held until <see cref="Dispose"/>.
/// </summary>
internal sealed class UploadJournal : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, UploadJournalEntry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownPaths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _intents = new(StringComparer.Ordinal);
    private FileStream? _lock;
    private FileStream? _writer;
    private bool _created;

    // A line cut off by an earlier killed run must not swallow the next one.
    private bool _startOnNewLine;

    public const string Sending = "sending";
    public const string Uploaded = "uploaded";
    public const string Uncertain = "uncertain";
    public const string Failed = "failed";

    private UploadJournal(string path) => FilePath = path;

    public string FilePath { get; }

    /// <summary>Lines that could not be read (a line cut off by a killed run); they are skipped.</summary>
    public int UnreadableLines { get; private set; }

    /// <summary>
    /// Locks the journal for this batch, opens it for appending (creating it, owner-only) and reads it. Throws
    /// <see cref="UploadJournalException"/> when it cannot be written or another batch holds it, before anything is sent.
    /// </summary>
    public static UploadJournal Open(string path)
    {
        var journal = new UploadJournal(path);
        try
        {
            journal.Lock();
            journal.OpenWriter();
            journal.Load();
            return journal;
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    private void Lock()
    {
        // A sibling lock file, not a share mode on the journal itself: outside Windows .NET maps every share mode
        // but None to a shared flock, so only an exclusive lock excludes a second writer, and an exclusive lock on
        // the journal would also shut out readers such as Get-Content. Deleted on close; a killed run's lock is
        // released by the system, and its file is taken over.
        var lockPath = FilePath + ".lock";
        try
        {
            _lock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception error) when (error is DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw Unwritable(error);
        }
        catch (IOException error)
        {
            throw new UploadJournalException(UploadJournalProblem.InUse,
                $"The upload journal '{FilePath}' is in use by another Send-ImgurImage batch (it holds '{lockPath}'). Wait for that batch to end, or give this one another -Journal.", error);
        }
    }

    private void OpenWriter()
    {
        try
        {
            _created = !File.Exists(FilePath);
            _writer = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            // It holds delete hashes: private to its owner, made so while it is still empty.
            if (_created) OwnerOnly.Restrict(FilePath, "600");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(error);
        }
    }

    private UploadJournalException Unwritable(Exception error) => new(UploadJournalProblem.Unwritable,
        $"Cannot write the upload journal '{FilePath}': {error.Message} Nothing was sent. Give -Journal a file (not a folder) in an existing folder you can write to.", error);

    private void Load()
    {
        string text;
        // Shared for writing: this batch's own writer has it open already.
        using (var reader = new StreamReader(new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)))
        {
            text = reader.ReadToEnd();
        }

        _startOnNewLine = text.Length > 0 && !text.EndsWith("\n", StringComparison.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            try
            {
                var entry = JsonSerializer.Deserialize(line, LocalFileJsonContext.Default.UploadJournalEntry);
                if (entry is { Path: not null, Sha256: not null }) Remember(entry);
                else UnreadableLines++;
            }
            catch (JsonException)
            {
                UnreadableLines++;
            }
        }
    }

    /// <summary>The latest record of this very file (same path, same content), if it is uploaded or uncertain.</summary>
    public UploadJournalEntry? Find(string path, string sha256)
    {
        lock (_gate) return _entries.TryGetValue(Key(path, sha256), out var entry) ? entry : null;
    }

    /// <summary>Whether any line names this path, whatever its content and outcome: only then can <see cref="Find"/> find it.</summary>
    public bool Lists(string path)
    {
        lock (_gate) return _knownPaths.Contains(path);
    }

    /// <summary>The uncertain uploads that <paramref name="account"/> sent, which its image list can settle.</summary>
    public IReadOnlyList<UploadJournalEntry> UncertainOf(string account)
    {
        lock (_gate)
        {
            return _entries.Values
                .Where(entry => entry.IsUncertain && entry.StartedAt is not null && string.Equals(entry.Account, account, StringComparison.OrdinalIgnoreCase))
                .OrderBy(entry => entry.StartedAt)
                .ToList();
        }
    }

    /// <summary>Whether the journal already pairs a file with this image id.</summary>
    public bool Knows(string imageId)
    {
        lock (_gate) return _knownIds.Contains(imageId);
    }

    /// <summary>Writes the intent to send, flushed to disk before it returns: from now on the file counts as sent.</summary>
    public UploadJournalEntry RecordIntent(string path, long size, string sha256, string? name, string? account) => Append(new UploadJournalEntry
    {
        Path = path,
        Size = size,
        Sha256 = sha256,
        Name = name,
        Account = account,
        StartedAt = DateTimeOffset.UtcNow,
        Outcome = Sending,
    });

    /// <summary>Records the upload of <paramref name="intent"/>; <paramref name="sentSha256"/> is the hash of the bytes sent.</summary>
    public void RecordUploaded(UploadJournalEntry intent, string sentSha256, long sentSize, ImgurImage image) =>
        Append(Outcome(intent, Uploaded, sentSha256, sentSize, image));

    /// <summary>Notes an upload whose answer was lost after it was sent: it may be on Imgur.</summary>
    public void RecordUncertain(UploadJournalEntry intent) => Append(Outcome(intent, Uncertain, intent.Sha256!, intent.Size, image: null));

    /// <summary>Notes an upload that is not on Imgur (refused before it got there), so a later run sends it.</summary>
    public void RecordFailed(UploadJournalEntry intent) => Append(Outcome(intent, Failed, intent.Sha256!, intent.Size, image: null));

    private static UploadJournalEntry Outcome(UploadJournalEntry intent, string outcome, string sha256, long size, ImgurImage? image) => new()
    {
        Path = intent.Path,
        Size = size,
        Sha256 = sha256,
        Name = intent.Name,
        Account = intent.Account,
        StartedAt = intent.StartedAt,
        Id = image?.Id,
        DeleteHash = image?.DeleteHash,
        Link = image?.Link,
        UploadedAt = DateTimeOffset.UtcNow,
        Outcome = outcome,
    };

    private UploadJournalEntry Append(UploadJournalEntry entry)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, LocalFileJsonContext.Default.UploadJournalEntry) + "\n");
        lock (_gate)
        {
            var writer = _writer ?? throw new ObjectDisposedException(nameof(UploadJournal), $"The upload journal '{FilePath}' is closed.");
            if (_startOnNewLine) writer.WriteByte((byte)'\n');
            _startOnNewLine = false;
            writer.Write(line, 0, line.Length);
            writer.Flush(flushToDisk: true);
            Remember(entry);
        }
        return entry;
    }

    private void Remember(UploadJournalEntry entry)
    {
        var key = Key(entry.Path!, entry.Sha256!);
        _knownPaths.Add(entry.Path!);
        if (entry.StartedAt is { } started)
        {
            var attempt = entry.Path + "\n" + started.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // The outcome may name other content than its intent (the file changed before it was sent): the intent is settled.
            if (entry.Outcome == Sending) _intents[attempt] = key;
            else if (_intents.TryGetValue(attempt, out var intentKey) && _entries.TryGetValue(intentKey, out var intent) && intent.Outcome == Sending) _entries.Remove(intentKey);
        }

        if (entry.Outcome == Failed) _entries.Remove(key);
        else _entries[key] = entry;
        if (entry.Id is not null) _knownIds.Add(entry.Id);
    }

    /// <summary>
    /// Closes the journal and releases its lock; a late outcome is then not written, and its intent stands. A journal
    /// this batch created and never wrote to (nothing was sent, or -WhatIf) is removed.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            var unused = _created && _writer is { Length: 0 };
            _writer?.Dispose();
            _writer = null;
            if (unused) File.Delete(FilePath);
            _lock?.Dispose();
            _lock = null;
        }
    }

    /// <summary>The SHA-256 of a file's content, as lowercase hex, and its length.</summary>
    public static string Hash(string path, out long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        using var sha = SHA256.Create();
        var hash = Hex(sha.ComputeHash(stream));
        length = stream.Position;
        return hash;
    }

    public static string Hex(byte[] hash) => BitConverter.ToString(hash).Replace("-", string.Empty).ToLowerInvariant();

    private static string Key(string path, string sha256) => path + "\n" + sha256;
}

/// <summary>Why a journal cannot serve a batch.</summary>
internal enum UploadJournalProblem
{
    Unwritable,
    InUse,
}

/// <summary>A journal that cannot serve the batch; its message names the file and what to do.</summary>
internal sealed class UploadJournalException : IOException
{
    public UploadJournalException(UploadJournalProblem problem, string message, Exception inner)
        : base(message, inner) => Problem = problem;

    public UploadJournalProblem Problem { get; }
}
