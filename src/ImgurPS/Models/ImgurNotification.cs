using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>A notification of the signed-in user (Imgur's Notification model): a reply or a message.</summary>
public sealed class ImgurNotification : ImgurObject
{
    /// <summary>The notification id.</summary>
    public long Id { get; set; }

    /// <summary>The recipient's account id.</summary>
    public long? AccountId { get; set; }

    /// <summary>Whether the notification was marked as viewed.</summary>
    public bool Viewed { get; set; }

    /// <summary>What the notification is about: a comment, a message notification or a conversation.</summary>
    public ImgurNotificationContent? Content { get; set; }

    /// <summary>Reply, Message, Conversation or Unknown, after the content.</summary>
    [JsonIgnore]
    public ImgurNotificationKind Kind => Content?.Kind ?? ImgurNotificationKind.Unknown;

    /// <summary>The notification id under the name Set-ImgurNotification binds by property name (-NotificationId).</summary>
    [JsonIgnore]
    public long NotificationId => Id;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}";
}

/// <summary>What kind of content a notification carries.</summary>
public enum ImgurNotificationKind
{
    /// <summary>A shape ImgurPS does not know.</summary>
    Unknown,

    /// <summary>A reply: the content is a comment.</summary>
    Reply,

    /// <summary>A message notification.</summary>
    Message,

    /// <summary>A conversation-shaped message notification.</summary>
    Conversation,
}

/// <summary>The content of a notification: exactly one of Comment, Message and Conversation is set, after Kind.</summary>
public sealed class ImgurNotificationContent
{
    /// <summary>Which of the properties is set.</summary>
    public ImgurNotificationKind Kind { get; set; }

    /// <summary>The reply, for Kind Reply.</summary>
    public ImgurComment? Comment { get; set; }

    /// <summary>The message notification, for Kind Message.</summary>
    public ImgurMessageNotification? Message { get; set; }

    /// <summary>The conversation, for Kind Conversation.</summary>
    public ImgurConversation? Conversation { get; set; }

    /// <inheritdoc />
    public override string ToString() => Comment?.ToString() ?? Message?.ToString() ?? Conversation?.ToString() ?? Kind.ToString();
}

/// <summary>The content of a message notification; Imgur sends its numbers as strings.</summary>
public sealed class ImgurMessageNotification
{
    /// <summary>The conversation id.</summary>
    public long? Id { get; set; }

    /// <summary>The sender's username.</summary>
    public string? From { get; set; }

    /// <summary>The sender's account id.</summary>
    public long? AccountId { get; set; }

    /// <summary>The other party's account id.</summary>
    public long? WithAccount { get; set; }

    /// <summary>The start of the last message.</summary>
    public string? LastMessage { get; set; }

    /// <summary>Number of messages in the conversation.</summary>
    public long? MessageNum { get; set; }

    /// <summary>When the last message was sent.</summary>
    public DateTimeOffset? Datetime { get; set; }

    /// <summary>Whether Imgur marked the message as spam.</summary>
    public bool? Spam { get; set; }

    /// <summary>The conversation id under the name the conversation cmdlets bind by property name (-ConversationId).</summary>
    [JsonIgnore]
    public long? ConversationId => Id;

    /// <inheritdoc />
    public override string ToString() => $"{From}: {LastMessage}";
}
