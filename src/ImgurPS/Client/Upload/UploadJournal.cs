using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ImgurPS.Client.Persistence;
using ImgurPS.Models;

namespace ImgurPS.Client.Upload;

/// <summary>One uploaded file, as a line of the journal (keys as Imgur names them: path, size, sha256, id, deletehash, link, uploaded_at).</summary>
internal sealed class UploadJournalEntry
{
    public string? Path { get; set; }

    public long Size { get; set; }

    public string? Sha256 { get; set; }

    public string? Id { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("deletehash")]
    public string? DeleteHash { get; set; }

    public string? Link { get; set; }

    public DateTimeOffset? UploadedAt { get; set; }

    /// <summary>"uploaded", or "uncertain" when the connection broke after the file was sent and Imgur's answer was lost.</summary>
    public string? Outcome { get; set; }

    public bool IsUncertain => Outcome == UploadJournal.Uncertain;
}

/// <summary>
/// The record of a batch: one JSON line per uploaded file, appended and flushed as each upload completes, so a
/// run that is stopped or killed keeps everything it finished and a line at most is ever half written. A later
/// run skips files whose path and content hash are already in it.
/// </summary>
internal sealed class UploadJournal
{
    private readonly object _gate = new();
    private readonly Dictionary<string, UploadJournalEntry> _done = new(StringComparer.Ordinal);

    // A line cut off by an earlier killed run must not swallow the next one.
    private bool _startOnNewLine;

    public const string Uploaded = "uploaded";
    public const string Uncertain = "uncertain";

    private UploadJournal(string path) => FilePath = path;

    public string FilePath { get; }

    /// <summary>Lines that could not be read (a line cut off by a killed run); they are skipped.</summary>
    public int UnreadableLines { get; private set; }

    public static UploadJournal Open(string path)
    {
        var journal = new UploadJournal(path);
        if (!File.Exists(path)) return journal;
        // Shared for writing too: a batch appending to the journal right now must not fail because it is being read.
        string text;
        using (var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)))
        {
            text = reader.ReadToEnd();
        }

        journal._startOnNewLine = text.Length > 0 && !text.EndsWith("\n", StringComparison.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            try
            {
                var entry = JsonSerializer.Deserialize(line, LocalFileJsonContext.Default.UploadJournalEntry);
                if (entry is { Path: not null, Sha256: not null }) journal._done[Key(entry.Path, entry.Sha256)] = entry;
                else journal.UnreadableLines++;
            }
            catch (JsonException)
            {
                journal.UnreadableLines++;
            }
        }
        return journal;
    }

    /// <summary>The earlier upload of this very file (same path, same content), if there was one.</summary>
    public UploadJournalEntry? Find(string path, string sha256)
    {
        lock (_gate) return _done.TryGetValue(Key(path, sha256), out var entry) ? entry : null;
    }

    /// <summary>Appends the upload and flushes it to disk before returning; safe from several uploads at once.</summary>
    public void Record(string path, long size, string sha256, ImgurImage image) => Append(new UploadJournalEntry
    {
        Path = path,
        Size = size,
        Sha256 = sha256,
        Id = image.Id,
        DeleteHash = image.DeleteHash,
        Link = image.Link,
        UploadedAt = DateTimeOffset.UtcNow,
        Outcome = Uploaded,
    });

    /// <summary>
    /// Notes an upload whose answer was lost after the file was sent: it may be on Imgur, so a later run does not
    /// send it again unless told to (Send-ImgurImage -Force).
    /// </summary>
    public void RecordUncertain(string path, long size, string sha256) => Append(new UploadJournalEntry
    {
        Path = path,
        Size = size,
        Sha256 = sha256,
        UploadedAt = DateTimeOffset.UtcNow,
        Outcome = Uncertain,
    });

    private void Append(UploadJournalEntry entry)
    {
        var path = entry.Path!;
        var sha256 = entry.Sha256!;
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, LocalFileJsonContext.Default.UploadJournalEntry) + "\n");
        lock (_gate)
        {
            var created = !File.Exists(FilePath);
            using (var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read))
            {
                // It holds delete hashes: private to its owner, made so while it is still empty.
                if (created) OwnerOnly.Restrict(FilePath, "600");
                if (_startOnNewLine) stream.WriteByte((byte)'\n');
                _startOnNewLine = false;
                stream.Write(line, 0, line.Length);
                stream.Flush(flushToDisk: true);
            }
            _done[Key(path, sha256)] = entry;
        }
    }

    public static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        using var sha = SHA256.Create();
        return BitConverter.ToString(sha.ComputeHash(stream)).Replace("-", string.Empty).ToLowerInvariant();
    }

    private static string Key(string path, string sha256) => path + "\n" + sha256;
}
