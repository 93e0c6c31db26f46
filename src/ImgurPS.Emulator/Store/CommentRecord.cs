namespace ImgurPS.Emulator.Store;

/// <summary>
/// A comment on a gallery post (spec 3.9). Replies point at their parent; a deleted comment keeps
/// its place in the tree with its text gone, as on Imgur.
/// </summary>
public sealed class CommentRecord
{
    public required long Id { get; init; }

    /// <summary>The gallery post (image or album) the comment is on.</summary>
    public required string PostId { get; init; }

    public required Account Author { get; init; }
    public required string Text { get; set; }
    public required long Datetime { get; init; }
    public long ParentId { get; init; }
    public int Ups { get; set; }
    public int Downs { get; set; }
    public bool Deleted { get; set; }
    public string Platform { get; init; } = "desktop";

    public int Points => Ups - Downs;
}

/// <summary>
/// A notification (spec 3.10) for <see cref="Recipient"/>: a reply (pointing at a comment) or a
/// message (pointing at a conversation). Its content is built from those when shown.
/// </summary>
public sealed class NotificationRecord
{
    public required long Id { get; init; }
    public required Account Recipient { get; init; }
    public bool Viewed { get; set; }
    public long? CommentId { get; init; }
    public long? ConversationId { get; init; }

    public bool IsReply => CommentId is not null;
}
