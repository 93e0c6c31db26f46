using System;
using System.Collections.Generic;
using System.IO;

namespace ImgurPS.Client.Download;

/// <summary>Where one item's file goes, and whether a file already there is that item.</summary>
internal readonly struct Placement
{
    public Placement(string path, bool existing)
    {
        Path = path;
        Existing = existing;
    }

    public string Path { get; }

    /// <summary>A file of the expected size is there already: the item, saved by an earlier run.</summary>
    public bool Existing { get; }
}

/// <summary>
/// The file names a run has given out, so that no two items of the run share one, and no item overwrites a file it
/// does not own: a name taken by another item, or by a file of another size, moves on to "name (2).ext" and so on.
/// Case is ignored, as Windows and macOS do.
/// </summary>
internal sealed class NameClaims
{
    private readonly HashSet<string> _claimed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The first of name, name (2), name (3) ... in <paramref name="folder"/> that this run has not given out and that
    /// is either free, or holds a file of <paramref name="size"/> bytes (then <see cref="Placement.Existing"/>). The
    /// place is claimed for this item. An unknown size never matches a file, so nothing is overwritten.
    /// </summary>
    public Placement Place(string folder, string name, long? size)
    {
        lock (_claimed)
        {
            for (var number = 1; ; number++)
            {
                var path = Path.Combine(folder, FileNames.WithNumber(name, number));
                if (_claimed.Contains(path)) continue;
                var file = new FileInfo(path);
                if (file.Exists && (size is null || file.Length != size)) continue;
                if (Directory.Exists(path)) continue;
                _claimed.Add(path);
                return new Placement(path, file.Exists);
            }
        }
    }

    /// <summary>
    /// The file of an earlier run, found without asking the media host: the first of name, name (2) ... that this run
    /// has not given out and holds <paramref name="size"/> bytes, claimed for this item. Null when none does (the
    /// search stops at the first free name), or when the file there has another size: Imgur's reported size can
    /// differ from the file it serves, so only the answer's length settles that.
    /// </summary>
    public string? FindExisting(string folder, string name, long size)
    {
        lock (_claimed)
        {
            for (var number = 1; ; number++)
            {
                var path = Path.Combine(folder, FileNames.WithNumber(name, number));
                if (_claimed.Contains(path)) continue;
                var file = new FileInfo(path);
                if (!file.Exists) return null;
                if (file.Length != size) continue;
                _claimed.Add(path);
                return path;
            }
        }
    }

    /// <summary>Gives a place back when its item failed, so that a later item with the same name may take it.</summary>
    public void Release(string path)
    {
        lock (_claimed) _claimed.Remove(path);
    }
}
