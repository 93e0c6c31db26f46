using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ImgurPS.Client.Download;

/// <summary>The fields a name template may use for one item; null or empty fields give nothing.</summary>
internal sealed class NameFields
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Album { get; set; }
    public int? Index { get; set; }

    /// <summary>How many digits an index has, so that names sort in album order (001, 002, ...).</summary>
    public int IndexWidth { get; set; } = 3;

    public DateTimeOffset? Datetime { get; set; }
    public string? Account { get; set; }

    /// <summary>With its dot, e.g. .png.</summary>
    public string Extension { get; set; } = string.Empty;
}

/// <summary>
/// File names from a template such as <c>{index}-{title}{ext}</c>, safe on Windows, macOS and Linux: no character
/// any of them refuses, no reserved device name (CON, NUL, COM1...), no trailing dot or space, at most 255 UTF-8 bytes.
/// </summary>
internal static class FileNames
{
    public static readonly string[] Fields = { "id", "title", "album", "index", "datetime", "account", "ext" };

    private static readonly Regex Field = new(@"\{([A-Za-z]+)\}", RegexOptions.CultureInvariant);
    private static readonly Regex Reserved = new(@"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Windows refuses these; '/' is the separator everywhere, ':' shows as '/' in macOS's Finder.
    private const string Invalid = "<>:\"/\\|?*";

    // Room left under the 255-byte limit for a clash suffix " (99)" and the temporary name's additions.
    private const int MaxBytes = 200;

    /// <summary>The fields a template names that no item has; empty when the template is valid.</summary>
    public static IReadOnlyList<string> UnknownFields(string template) =>
        Field.Matches(template).Cast<Match>().Select(m => m.Groups[1].Value)
            .Where(name => !Fields.Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>The file name of an item; an empty result falls back to its id and extension.</summary>
    public static string Format(string template, NameFields item)
    {
        var name = Field.Replace(template, match => Value(match.Groups[1].Value.ToLowerInvariant(), item));
        var safe = MakeSafe(name, item.Extension);
        return safe.Length == 0 || safe == item.Extension ? MakeSafe((item.Id ?? "image") + item.Extension, item.Extension) : safe;
    }

    private static string Value(string field, NameFields item) => field switch
    {
        "id" => item.Id ?? string.Empty,
        "title" => item.Title ?? string.Empty,
        "album" => item.Album ?? string.Empty,
        "index" => item.Index?.ToString(new string('0', item.IndexWidth), CultureInfo.InvariantCulture) ?? string.Empty,
        // Sortable and free of ':' (refused by Windows); UTC, so that a name does not change with the time zone.
        "datetime" => item.Datetime?.UtcDateTime.ToString("yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture) ?? string.Empty,
        "account" => item.Account ?? string.Empty,
        "ext" => item.Extension,
        _ => string.Empty,
    };

    /// <summary>
    /// A name every supported file system takes, in plain sight: invalid and control characters become '_', a reserved
    /// device name gets a leading '_', leading and trailing dots and spaces go, and a long stem is cut (keeping
    /// <paramref name="extension"/>).
    /// </summary>
    public static string MakeSafe(string name, string extension = "")
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name) text.Append(c < 32 || c == 127 || Invalid.IndexOf(c) >= 0 ? '_' : c);
        var safe = text.ToString().Trim().TrimEnd('.', ' ');
        var keep = extension.Length > 0 && safe.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? extension : string.Empty;
        // A leading dot hides a file on macOS and Linux, and a title such as "...and then" is common.
        var stem = safe.Substring(0, safe.Length - keep.Length).TrimStart('.', ' ');
        if (Reserved.IsMatch(stem + keep)) stem = "_" + stem;
        while (Encoding.UTF8.GetByteCount(stem) + Encoding.UTF8.GetByteCount(keep) > MaxBytes)
        {
            // Never split a surrogate pair: half a character is not a valid name on any system.
            stem = stem.Substring(0, stem.Length - (stem.Length > 1 && char.IsLowSurrogate(stem[stem.Length - 1]) ? 2 : 1));
        }
        return stem.TrimEnd('.', ' ') + keep;
    }

    /// <summary>The name with a clash number: photo.png, photo (2).png, photo (3).png ...</summary>
    public static string WithNumber(string name, int number)
    {
        if (number <= 1) return name;
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? $"{name} ({number})" : $"{name.Substring(0, dot)} ({number}){name.Substring(dot)}";
    }
}
