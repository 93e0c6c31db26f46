using System;
using System.Collections.Generic;
using System.Linq;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>The comment sorts (spec 2, common parameters): account listings and gallery threads name them differently.</summary>
public static class CommentOrder
{
    /// <summary>The first of each list is its default.</summary>
    public static readonly string[] AccountSorts = ["newest", "oldest", "best", "worst"];
    public static readonly string[] GallerySorts = ["best", "top", "new"];

    public static Reply? Parse(string? sort, IReadOnlyCollection<string> allowed, out Func<IEnumerable<CommentRecord>, IEnumerable<CommentRecord>> order)
    {
        order = Sorter(sort ?? allowed.First());
        return sort is null || allowed.Contains(sort)
            ? null
            : Reply.Error(400, $"'{sort}' is not a comment sort here; use one of: {string.Join(", ", allowed)}.");
    }

    static Func<IEnumerable<CommentRecord>, IEnumerable<CommentRecord>> Sorter(string sort) => sort switch
    {
        "best" => comments => comments.OrderByDescending(c => c.Points).ThenByDescending(c => c.Id),
        "worst" => comments => comments.OrderBy(c => c.Points).ThenByDescending(c => c.Id),
        "top" => comments => comments.OrderByDescending(c => c.Ups).ThenByDescending(c => c.Id),
        "oldest" => comments => comments.OrderBy(c => c.Datetime).ThenBy(c => c.Id),
        _ => comments => comments.OrderByDescending(c => c.Datetime).ThenByDescending(c => c.Id),
    };
}
