using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>A private conversation with another user (Imgur's Conversation model).</summary>
public sealed class ImgurConversation : ImgurObject
{
    /// <summary>The conversation id.</summary>
    public long Id { get; set; }

    /// <summary>The start of the last message.</summary>
    public string? LastMessagePreview { get; set; }

    /// <summary>When the last message was sent.</summary>
    public DateTimeOffset? Datetime { get; set; }

    /// <summary>The other participant's account id.</summary>
    public long? WithAccountId { get; set; }

    /// <summary>The other participant's username.</summary>
    public string? WithAccount { get; set; }

    /// <summary>Number of messages.</summary>
    public long? MessageCount { get; set; }

    /// <summary>The messages of the page read; only when one conversation is read (Get-ImgurConversation -ConversationId).</summary>
    public ImgurMessage[]? Messages { get; set; }

    /// <summary>True when there are no more pages of messages; only when one conversation is read.</summary>
    public bool? Done { get; set; }

    /// <summary>The page of messages read, from 1; only when one conversation is read.</summary>
    public long? Page { get; set; }

    /// <summary>The conversation id under the name the conversation cmdlets bind by property name (-ConversationId).</summary>
    [JsonIgnore]
    public long ConversationId => Id;

    /// <inheritdoc />
    public override string ToString() => $"{WithAccount}: {LastMessagePreview}";
}

/// <summary>A private message (Imgur's Message model).</summary>
public sealed class ImgurMessage : ImgurObject
{
    /// <summary>The message id.</summary>
    public long Id { get; set; }

    /// <summary>The sender's username.</summary>
    public string? From { get; set; }

    /// <summary>The sender's account id.</summary>
    public long? AccountId { get; set; }

    /// <summary>The sender's account id (Imgur repeats AccountId here).</summary>
    public long? SenderId { get; set; }

    /// <summary>The text.</summary>
    public string? Body { get; set; }

    /// <summary>The conversation the message belongs to.</summary>
    public long? ConversationId { get; set; }

    /// <summary>When the message was sent.</summary>
    public DateTimeOffset? Datetime { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{From}: {Body}";
}
