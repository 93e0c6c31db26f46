using System;
using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Store;

/// <summary>One gallery listing request (spec 2.4, GA-01), with names already checked against the lists below.</summary>
public sealed record GalleryQuery(string Section, string Sort, string Window, int Page, bool ShowViral, bool Mature)
{
    const long Day = 24 * 60 * 60;

    static readonly (string Name, long? Seconds)[] WindowSpans =
    [
        ("day", Day),
        ("week", 7 * Day),
        ("month", 30 * Day),
        ("year", 365 * Day),
        ("all", null),
    ];

    public static IReadOnlyList<string> Sections { get; } = ["hot", "top", "user"];

    public static IReadOnlyList<string> Sorts { get; } = ["viral", "top", "time", "rising"];

    public static IReadOnlyList<string> Windows { get; } = WindowSpans.Select(span => span.Name).ToArray();

    /// <summary>The posts this query shows, in order; <paramref name="now"/> is the moment windows count back from.</summary>
    public IEnumerable<GalleryPost> Apply(IEnumerable<GalleryPost> posts, long now)
    {
        long? span = Section == "top" || Sort == "top" ? WindowSpans.First(w => w.Name == Window).Seconds : null;
        long oldest = span is long seconds ? now - seconds : long.MinValue;
        IEnumerable<GalleryPost> shown = posts.Where(post =>
            (Mature || post.Item.Nsfw != true) && InSection(post) && post.Item.Datetime >= oldest);

        IOrderedEnumerable<GalleryPost> ordered = Sort switch
        {
            "time" => shown.OrderByDescending(post => post.Item.Datetime),
            "top" => shown.OrderByDescending(post => post.Points),
            "rising" => shown.OrderByDescending(post => RisingRate(post, now)),
            _ => shown.OrderByDescending(post => post.Score),
        };

        // Ties broken by id so every run pages identically.
        return ordered.ThenBy(post => post.Item.Id, StringComparer.Ordinal);
    }

    bool InSection(GalleryPost post) => Section switch
    {
        "hot" => post.Item.InMostViral,
        "user" => ShowViral || !post.Item.InMostViral,
        _ => true,
    };

    /// <summary>Points per hour since posting, so a young post with a few votes rises above an old favourite.</summary>
    static double RisingRate(GalleryPost post, long now) => post.Points / ((now - post.Item.Datetime) / 3600.0 + 2);
}
