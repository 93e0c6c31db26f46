using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Imgur;

public static partial class ImgurJson
{
    /// <summary>
    /// A Comment (3.9). <paramref name="children"/> decides whether replies are nested (recursively,
    /// in <paramref name="order"/>) or left as <c>[]</c>, as in flat listings.
    /// </summary>
    public static JsonObject Comment(CommentRecord comment, JsonView view, bool children, Func<IEnumerable<CommentRecord>, IEnumerable<CommentRecord>>? order = null)
    {
        AlbumRecord? album = view.Store.FindAlbum(comment.PostId);
        IEnumerable<CommentRecord> replies = children ? (order ?? Oldest)(view.Store.Replies(comment)) : [];
        return new JsonObject
        {
            ["id"] = comment.Id,
            ["image_id"] = comment.PostId,
            ["comment"] = comment.Deleted ? "[deleted]" : comment.Text,
            ["author"] = comment.Deleted ? "[deleted]" : comment.Author.Username,
            ["author_id"] = comment.Deleted ? 0 : comment.Author.Id,
            ["on_album"] = album is not null,
            ["album_cover"] = album is null ? null : view.Store.AlbumImages(album).FirstOrDefault()?.Id,
            ["ups"] = comment.Ups,
            ["downs"] = comment.Downs,
            ["points"] = comment.Points,
            ["datetime"] = comment.Datetime,
            ["parent_id"] = comment.ParentId,
            ["deleted"] = comment.Deleted,
            ["vote"] = view.Viewer?.CommentVotes.GetValueOrDefault(comment.Id),
            ["platform"] = comment.Platform,
            ["children"] = new JsonArray(replies.Select(reply => (JsonNode)Comment(reply, view, children, order)).ToArray()),
        };
    }

    static IEnumerable<CommentRecord> Oldest(IEnumerable<CommentRecord> comments) => comments.OrderBy(c => c.Datetime).ThenBy(c => c.Id);

    /// <summary>A Notification (3.10): a Comment for replies, the message object with numeric strings for messages.</summary>
    public static JsonObject Notification(NotificationRecord notification, JsonView view) => new()
    {
        ["id"] = notification.Id,
        ["account_id"] = notification.Recipient.Id,
        ["viewed"] = notification.Viewed,
        ["content"] = notification.IsReply ? ReplyContent(notification, view) : MessageContent(notification, view.Store),
    };

    static JsonObject ReplyContent(NotificationRecord notification, JsonView view) =>
        view.Store.FindComment(notification.CommentId!.Value) is { } comment ? Comment(comment, view, children: false) : new JsonObject();

    static JsonObject MessageContent(NotificationRecord notification, ImgurStore store)
    {
        ConversationRecord? conversation = store.FindConversation(notification.ConversationId!.Value);
        if (conversation is null)
        {
            return new JsonObject();
        }

        Account with = conversation.Other(notification.Recipient);
        MessageRecord? last = conversation.Messages.LastOrDefault();
        return new JsonObject
        {
            ["id"] = Text(conversation.Id),
            ["from"] = with.Username,
            ["account_id"] = Text(with.Id),
            ["with_account"] = Text(with.Id),
            ["last_message"] = last?.Body ?? "",
            ["message_num"] = Text(conversation.Messages.Count),
            ["datetime"] = last?.Datetime ?? 0,
            ["spam"] = "0",
        };
    }

    static string Text(long number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Conversation (3.11) seen by <paramref name="viewer"/>; the messages and paging fields are added by CV-02.</summary>
    public static JsonObject Conversation(ConversationRecord conversation, Account viewer)
    {
        Account with = conversation.Other(viewer);
        return new JsonObject
        {
            ["id"] = conversation.Id,
            ["last_message_preview"] = conversation.Messages.LastOrDefault()?.Body ?? "",
            ["datetime"] = conversation.LastDatetime,
            ["with_account_id"] = with.Id,
            ["with_account"] = with.Username,
            ["message_count"] = conversation.Messages.Count,
        };
    }

    /// <summary>A Message (3.12).</summary>
    public static JsonObject Message(MessageRecord message) => new()
    {
        ["id"] = message.Id,
        ["from"] = message.From.Username,
        ["account_id"] = message.From.Id,
        ["sender_id"] = message.From.Id,
        ["body"] = message.Body,
        ["conversation_id"] = message.ConversationId,
        ["datetime"] = message.Datetime,
    };
}
