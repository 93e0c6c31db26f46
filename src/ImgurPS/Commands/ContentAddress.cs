using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands;

/// <summary>
/// Picks how to address an image or album that may come with both an id and a deletehash. Anonymous items
/// can only be changed through their deletehash (spec Q31), while an owner is recognised by the id; so an
/// anonymous session prefers the deletehash and a signed-in one the id, each falling back to the other.
/// </summary>
internal static class ContentAddress
{
    public static string? Choose(ImgurCall call, string? id, string? deleteHash)
    {
        var anonymous = call.Session.AuthMode == ImgurAuthMode.Anonymous;
        return anonymous ? Given(deleteHash) ?? Given(id) : Given(id) ?? Given(deleteHash);
    }

    /// <summary>
    /// <see cref="Choose"/>, or false after writing <see cref="Missing"/> for the <paramref name="noun"/> and its
    /// id and DeleteHash parameters, so each command can go on to the next pipeline item.
    /// </summary>
    public static bool TryChoose(Cmdlet cmdlet, ImgurCall call, string noun, string? id, string idParameter, string? deleteHash, out string address)
    {
        if (Choose(call, id, deleteHash) is { } chosen)
        {
            address = chosen;
            return true;
        }

        address = string.Empty;
        cmdlet.WriteError(Missing(noun, idParameter, "DeleteHash"));
        return false;
    }

    /// <summary>
    /// The one value a route takes (<paramref name="parameter"/>), or false after writing <see cref="Missing"/>,
    /// so each command can go on to the next pipeline item.
    /// </summary>
    public static bool TryGiven(Cmdlet cmdlet, string noun, string? value, string parameter, out string given)
    {
        given = Given(value) ?? string.Empty;
        if (given.Length > 0) return true;

        cmdlet.WriteError(Missing(noun, parameter));
        return false;
    }

    /// <summary>
    /// The ids a command was given, or one null when none came (a deletehash alone then names the item); false
    /// after writing an error when one deletehash came with several ids, as it names one item only.
    /// </summary>
    public static bool TryEach(Cmdlet cmdlet, string noun, string[]? ids, string? deleteHash, out string?[] each)
    {
        each = ids is { Length: > 0 } ? ids : new string?[] { null };
        if (each.Length == 1 || string.IsNullOrWhiteSpace(deleteHash)) return true;

        cmdlet.WriteError(new ErrorRecord(
            new PSArgumentException($"-DeleteHash {deleteHash} names one {noun}, but {each.Length} ids came with it. Give one id with -DeleteHash, or several ids without it."),
            "ImgurDeleteHashWithManyIds",
            ErrorCategory.InvalidArgument,
            deleteHash));
        return false;
    }

    /// <summary>The error for an item that came with none of the <paramref name="parameters"/> its route needs.</summary>
    public static ErrorRecord Missing(string noun, params string[] parameters) => new(
        new PSArgumentException($"No {noun} to act on: give {string.Join(" or ", parameters.Select(name => "-" + name))}, or pipe objects that have the {string.Join(" or ", parameters)} property."),
        "ImgurAddressMissing",
        ErrorCategory.InvalidArgument,
        null);

    /// <summary>The id, when one was given: Imgur reads items back by id only, never by deletehash.</summary>
    public static string? Id(string? id) => Given(id);

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>
/// Images gathered from the pipeline for one album request: commands that change an album's images send a
/// single request in EndProcessing, however many objects came down the pipeline.
/// </summary>
internal sealed class ImageBatch
{
    private readonly List<(string? Id, string? DeleteHash)> _images = new();

    public int Count => _images.Count;

    /// <summary>
    /// Adds one pipeline record's images. A piped image brings one id and one deletehash; arrays typed on the
    /// command line pair up by position when their lengths agree.
    /// </summary>
    public void Add(string[]? ids, string[]? deleteHashes)
    {
        ids ??= Array.Empty<string>();
        deleteHashes ??= Array.Empty<string>();
        if (ids.Length == deleteHashes.Length)
        {
            for (var i = 0; i < ids.Length; i++) _images.Add((ids[i], deleteHashes[i]));
            return;
        }

        foreach (var id in ids) _images.Add((id, null));
        foreach (var hash in deleteHashes) _images.Add((null, hash));
    }

    /// <summary>Each image by deletehash or id as <see cref="ContentAddress.Choose"/> decides, without repeats.</summary>
    public AlbumImageSet ToSet(ImgurCall call)
    {
        var set = new AlbumImageSet();
        var anonymous = call.Session.AuthMode == ImgurAuthMode.Anonymous;
        foreach (var (id, hash) in _images)
        {
            var useHash = anonymous ? !string.IsNullOrWhiteSpace(hash) : string.IsNullOrWhiteSpace(id);
            var value = useHash ? hash : id;
            if (string.IsNullOrWhiteSpace(value)) continue;
            var list = useHash ? set.DeleteHashes : set.Ids;
            if (!list.Contains(value!)) list.Add(value!);
        }
        return set;
    }

    /// <summary>The image ids only, for the one operation that knows images by id alone (AL-10).</summary>
    public List<string> Ids() => _images.Select(image => image.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!).Distinct().ToList();

    /// <summary>How many images came without an id.</summary>
    public int WithoutId => _images.Count(image => string.IsNullOrWhiteSpace(image.Id));
}
