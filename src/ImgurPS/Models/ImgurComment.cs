using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>A comment on a gallery item (Imgur's Comment model); replies are in Children.</summary>
public sealed class ImgurComment : ImgurObject
{
    /// <summary>The comment id.</summary>
    public long Id { get; set; }

    /// <summary>The gallery item the comment is on (an image or an album id).</summary>
    public string? ImageId { get; set; }

    /// <summary>The text (the oldest answers called it caption).</summary>
    public string? Comment { get; set; }

    /// <summary>The author's username.</summary>
    public string? Author { get; set; }

    /// <summary>The author's account id.</summary>
    public long? AuthorId { get; set; }

    /// <summary>Whether the item is an album.</summary>
    public bool? OnAlbum { get; set; }

    /// <summary>The album's cover image id when OnAlbum is true.</summary>
    public string? AlbumCover { get; set; }

    /// <summary>Upvotes.</summary>
    public long? Ups { get; set; }

    /// <summary>Downvotes.</summary>
    public long? Downs { get; set; }

    /// <summary>Upvotes minus downvotes.</summary>
    public long? Points { get; set; }

    /// <summary>When the comment was written.</summary>
    public DateTimeOffset? Datetime { get; set; }

    /// <summary>The comment this one replies to; 0 or null for a top-level comment.</summary>
    public long? ParentId { get; set; }

    /// <summary>Whether the comment was deleted (it keeps its place in the thread).</summary>
    public bool? Deleted { get; set; }

    /// <summary>The caller's vote: up, down, veto or null.</summary>
    public string? Vote { get; set; }

    /// <summary>Where it was written: desktop, iphone, android, mweb, api, or a legacy number.</summary>
    public string? Platform { get; set; }

    /// <summary>The replies, each with its own replies; empty when none.</summary>
    public ImgurComment[]? Children { get; set; }

    /// <summary>The comment id under the name the comment cmdlets bind by property name (-CommentId).</summary>
    [JsonIgnore]
    public long CommentId => Id;

    /// <inheritdoc />
    public override string ToString() => Comment ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What Imgur answers when a comment is created: the new comment's id.</summary>
public sealed class ImgurNewComment : ImgurObject
{
    /// <summary>The new comment's id.</summary>
    public long Id { get; set; }

    /// <summary>The new comment's id under the name the comment cmdlets bind by property name (-CommentId).</summary>
    [JsonIgnore]
    public long CommentId => Id;

    /// <inheritdoc />
    public override string ToString() => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
