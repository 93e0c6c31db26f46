using System;
using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Store;

/// <summary>The social side of the store: comments, notifications and conversations.</summary>
public sealed partial class ImgurStore
{
    readonly Dictionary<long, CommentRecord> comments = [];

    // Every gallery listing item carries its comment count; this keeps that from scanning all comments.
    readonly Dictionary<string, List<CommentRecord>> commentsByPost = new(StringComparer.Ordinal);
    readonly Dictionary<long, NotificationRecord> notifications = [];
    readonly Dictionary<long, ConversationRecord> conversations = [];
    long nextCommentId;
    long nextNotificationId;
    long nextConversationId;
    long nextMessageId;

    public CommentRecord? FindComment(long id) => comments.GetValueOrDefault(id);

    /// <summary>All comments on a post, deleted ones included (they keep their place in the tree).</summary>
    public IEnumerable<CommentRecord> CommentsOn(string postId) =>
        commentsByPost.TryGetValue(postId, out List<CommentRecord>? onPost) ? onPost : [];

    public IEnumerable<CommentRecord> Replies(CommentRecord parent) => comments.Values.Where(c => c.ParentId == parent.Id);

    public IEnumerable<CommentRecord> CommentsBy(Account author) => comments.Values.Where(c => !c.Deleted && c.Author.Id == author.Id);

    public int CommentCount(string postId) => CommentsOn(postId).Count(c => !c.Deleted);

    /// <summary>Adds a comment and tells whoever it answers: the parent's author, or the post's owner for a top-level comment.</summary>
    public CommentRecord AddComment(Account author, GalleryPost post, string text, CommentRecord? parent)
    {
        var comment = new CommentRecord
        {
            Id = ++nextCommentId,
            PostId = post.Item.Id,
            Author = author,
            Text = text,
            Datetime = EmulatorClock.Now.ToUnixTimeSeconds(),
            ParentId = parent?.Id ?? 0,
            Platform = "api",
        };
        StoreComment(comment);
        Account? told = parent?.Author ?? post.Item.Owner;
        if (told is not null && told.Id != author.Id)
        {
            AddNotification(new NotificationRecord { Id = ++nextNotificationId, Recipient = told, CommentId = comment.Id });
        }

        return comment;
    }

    public void VoteComment(Account account, CommentRecord comment, string vote)
    {
        (int up, int down) = Tally(account.CommentVotes, comment.Id, vote);
        comment.Ups += up;
        comment.Downs += down;
    }

    public IEnumerable<NotificationRecord> NotificationsFor(Account account) =>
        notifications.Values.Where(n => n.Recipient.Id == account.Id).OrderByDescending(n => n.Id);

    public NotificationRecord? FindNotification(long id) => notifications.GetValueOrDefault(id);

    public IEnumerable<ConversationRecord> ConversationsOf(Account account) =>
        conversations.Values.Where(c => c.IsVisibleTo(account)).OrderByDescending(c => c.LastDatetime).ThenByDescending(c => c.Id);

    public ConversationRecord? FindConversation(long id) => conversations.GetValueOrDefault(id);

    /// <summary>
    /// Sends a private message (CV-03): into the pair's conversation, started if there is none and
    /// shown again to a side that had deleted it; the recipient gets an unviewed message notification.
    /// </summary>
    public MessageRecord Send(Account from, Account to, string body)
    {
        ConversationRecord? conversation = conversations.Values.FirstOrDefault(c => c.Includes(from) && c.Includes(to));
        if (conversation is null)
        {
            conversation = new ConversationRecord(++nextConversationId, from, to);
            conversations.Add(conversation.Id, conversation);
        }

        conversation.DeletedFor.Clear();
        var message = new MessageRecord(++nextMessageId, conversation.Id, from, body, EmulatorClock.Now.ToUnixTimeSeconds());
        conversation.Messages.Add(message);

        NotificationRecord? pending = notifications.Values.FirstOrDefault(n => n.Recipient.Id == to.Id && n.ConversationId == conversation.Id);
        if (pending is not null)
        {
            notifications.Remove(pending.Id);
        }

        AddNotification(new NotificationRecord { Id = ++nextNotificationId, Recipient = to, ConversationId = conversation.Id });
        return message;
    }

    void AddNotification(NotificationRecord notification) => notifications.Add(notification.Id, notification);

    void StoreComment(CommentRecord comment)
    {
        comments.Add(comment.Id, comment);
        if (!commentsByPost.TryGetValue(comment.PostId, out List<CommentRecord>? onPost))
        {
            commentsByPost[comment.PostId] = onPost = [];
        }

        onPost.Add(comment);
    }

    void InitSocial(SeedData seed)
    {
        foreach (CommentRecord comment in seed.Comments)
        {
            StoreComment(comment);
        }

        foreach (NotificationRecord notification in seed.Notifications)
        {
            AddNotification(notification);
        }

        foreach (ConversationRecord conversation in seed.Conversations)
        {
            conversations.Add(conversation.Id, conversation);
        }

        // New ids continue after the seeded ones, so a run's ids are as predictable as its seed.
        nextCommentId = comments.Keys.DefaultIfEmpty(0).Max();
        nextNotificationId = notifications.Keys.DefaultIfEmpty(0).Max();
        nextConversationId = conversations.Keys.DefaultIfEmpty(0).Max();
        nextMessageId = conversations.Values.SelectMany(c => c.Messages).Select(m => m.Id).DefaultIfEmpty(0).Max();
    }
}
