using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ImgurPS.Client.Download;

/// <summary>
/// The -Archive file: one line per item saved (its id, and the variant when not the original), appended as each one
/// is saved, so that a later run skips it without asking the media host, whatever its file is called or wherever
/// it went. Plain text, so that it can be edited, merged or shared.
/// </summary>
internal sealed class DownloadArchive : IDisposable
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Stream _stream;
    private readonly StreamWriter? _writer;

    private DownloadArchive(string path, Stream stream, StreamWriter? writer)
    {
        FilePath = path;
        _stream = stream;
        _writer = writer;
    }

    public string FilePath { get; }

    /// <summary>
    /// Opens (or creates) the archive; it stays locked for writing until disposed, so two runs cannot interleave lines.
    /// <paramref name="readOnly"/> (-WhatIf) reads an existing one and changes nothing in it.
    /// </summary>
    public static DownloadArchive Open(string path, bool readOnly = false)
    {
        var stream = readOnly
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)
            : new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var archive = new DownloadArchive(path, stream, readOnly ? null : new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true });
            using (var reader = new StreamReader(stream, Encoding.UTF8, true, 4096, leaveOpen: true))
            {
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    if (line.Trim().Length > 0) archive._keys.Add(line.Trim());
                }
            }
            stream.Seek(0, SeekOrigin.End);
            // A line cut off by a stop must not run into the next one.
            if (!readOnly && stream.Length > 0)
            {
                stream.Seek(-1, SeekOrigin.End);
                var last = stream.ReadByte();
                if (last != '\n') archive._writer!.WriteLine();
            }
            return archive;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The key of an item: its id, with the variant when it is not the original file.</summary>
    public static string Key(string id, Models.ImgurMediaVariant variant) =>
        variant == Models.ImgurMediaVariant.Original ? id : $"{id}:{variant.ToString().ToLowerInvariant()}";

    public bool Contains(string key)
    {
        lock (_keys) return _keys.Contains(key);
    }

    /// <summary>Records a saved item at once: a run stopped later still has it. A read-only archive saves nothing, so records nothing.</summary>
    public void Record(string key)
    {
        lock (_keys)
        {
            if (_keys.Add(key)) _writer?.WriteLine(key);
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _stream.Dispose();
    }
}
