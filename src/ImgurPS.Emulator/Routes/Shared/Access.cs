using System.Globalization;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// The auth rule and the lookups every route shares. A route that needs a user answers 401
/// "Authentication required" to a caller without one (Client-ID, like no credentials at all), and
/// <c>me</c> is such a route. A user reaching another user's private data gets 403. Unknown ids get
/// 404 with Imgur's wording. Each returns the error to answer, or null with the found object.
/// </summary>
public static class Access
{
    public const string Me = "me";

    public static Reply NeedsUser() => Reply.Error(401, "Authentication required");

    public static Reply Forbidden(string what) => Reply.Error(403, $"Unauthorized: {what} belongs to another user.");

    public static Reply? NeedUser(this ApiCall call, out Account user)
    {
        user = call.User!;
        return call.User is null ? NeedsUser() : null;
    }

    /// <summary>The account a <c>{username}</c> segment names: <c>me</c> is the token's owner and needs Bearer.</summary>
    public static Reply? FindAccount(this ApiCall call, string username, out Account account)
    {
        account = null!;
        if (username == Me)
        {
            return call.NeedUser(out account);
        }

        Account? found = call.State.Store.FindAccount(username);
        if (found is null)
        {
            return Reply.Error(404, $"Unable to find an account with the name, {username}");
        }

        account = found;
        return null;
    }

    /// <summary>As <see cref="FindAccount"/>, for data only its owner may see or change (settings, favorites, notifications).</summary>
    public static Reply? OwnAccount(this ApiCall call, string username, out Account account)
    {
        account = null!;
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.FindAccount(username, out account) is { } missing)
        {
            return missing;
        }

        return account.Id == user.Id ? null : Forbidden($"the private data of {account.Username}");
    }

    /// <summary>An image the caller may read: 404 when unknown, 403 when another user's secret image.</summary>
    public static Reply? FindImage(this ApiCall call, string id, out ImageRecord image)
    {
        image = call.State.Store.FindImage(id)!;
        return image is null ? ImageNotFound(id) : image.IsVisibleTo(call.User) ? null : Forbidden($"the image {id}");
    }

    public static Reply? FindAlbum(this ApiCall call, string id, out AlbumRecord album)
    {
        album = call.State.Store.FindAlbum(id)!;
        return album is null ? AlbumNotFound(id) : album.IsVisibleTo(call.User) ? null : Forbidden($"the album {id}");
    }

    /// <summary>
    /// An image or album addressed for a change by deletehash or id (Q31): the deletehash works for
    /// anyone, the id only for the owner (so never for an anonymous item).
    /// </summary>
    public static Reply? ForChange<T>(this ApiCall call, string key, T? byDeletehash, T? byId, out T item)
        where T : ImgurItem
    {
        item = byDeletehash ?? byId!;
        if (item is null)
        {
            return typeof(T) == typeof(AlbumRecord) ? AlbumNotFound(key) : ImageNotFound(key);
        }

        if (byDeletehash is not null || item.IsOwnedBy(call.User))
        {
            return null;
        }

        return item.Owner is null
            ? Reply.Error(403, $"{key} is an anonymous upload; change it with its deletehash instead of its id.")
            : call.User is null ? NeedsUser() : Forbidden($"{key}");
    }

    public static Reply? FindPost(this ApiCall call, string id, out GalleryPost post)
    {
        post = call.State.Store.FindGalleryPost(id)!;
        return post is null ? Reply.Error(404, $"Unable to find a gallery item with the id, {id}") : null;
    }

    /// <summary>The signed-in user's own gallery post named by the route's id, or why the request is refused.</summary>
    public static Reply? FindOwnPost(this ApiCall call, out GalleryPost post)
    {
        post = null!;
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.FindPost(call.Route("id"), out post) is { } missing)
        {
            return missing;
        }

        return post.Item.IsOwnedBy(user) ? null : Forbidden($"the gallery post {post.Item.Id}");
    }

    public static Reply? FindComment(this ApiCall call, string id, out CommentRecord comment)
    {
        comment = null!;
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long number))
        {
            return Reply.Error(400, $"'{id}' is not a comment id; comment ids are whole numbers.");
        }

        comment = call.State.Store.FindComment(number)!;
        return comment is null ? Reply.Error(404, "Comment not found") : null;
    }

    /// <summary>A vote route's checks, in Imgur's order: a signed-in user, then a valid <c>{vote}</c> segment.</summary>
    public static Reply? NeedUserVote(this ApiCall call, out Account user, out string vote, bool allowVeto = true)
    {
        vote = call.Route("vote");
        return call.NeedUser(out user) ?? VoteValue(vote, allowVeto);
    }

    /// <summary>A <c>{vote}</c> segment: up, down, or veto to withdraw (spec 2).</summary>
    static Reply? VoteValue(string vote, bool allowVeto) =>
        vote is "up" or "down" || (allowVeto && vote == "veto")
            ? null
            : Reply.Error(400, $"'{vote}' is not a vote; use {(allowVeto ? "up, down or veto" : "up or down")}.");

    /// <summary>A report <c>reason</c>, optional, 1 to 5 (spec 2, common parameters).</summary>
    public static Reply? ReportReason(this ApiCall call) =>
        call.Field("reason") is not { Length: > 0 } reason || reason is "1" or "2" or "3" or "4" or "5"
            ? null
            : Reply.Error(400, $"'{reason}' is not a report reason; use 1 (doesn't belong), 2 (spam), 3 (abusive), 4 (mature, not marked) or 5 (pornography).");

    public static Reply ImageNotFound(string id) => Reply.Error(404, $"Unable to find an image with the id, {id}");

    public static Reply AlbumNotFound(string id) => Reply.Error(404, $"Unable to find an album with the id, {id}");

    public static Reply Missing(string field) => Reply.Error(400, $"The parameter '{field}' is required.");
}
