using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImgurPS.Models;

namespace ImgurPS.Client.Json;

/// <summary>
/// A notification's content is a Comment, a message notification or a conversation, told apart only by its keys
/// (spec 3.10, Q12): comment, message_num, with_account_id. Anything else is kept as an Unknown kind.
/// </summary>
internal sealed class NotificationContentConverter : JsonConverter<ImgurNotificationContent?>
{
    public override bool HandleNull => true;

    public override ImgurNotificationContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        switch (KindOf(reader))
        {
            case ImgurNotificationKind.Reply:
                return new ImgurNotificationContent { Kind = ImgurNotificationKind.Reply, Comment = ShapeGuards.ReadObject<ImgurComment>(ref reader, options) };
            case ImgurNotificationKind.Message:
                return new ImgurNotificationContent { Kind = ImgurNotificationKind.Message, Message = ShapeGuards.ReadObject<ImgurMessageNotification>(ref reader, options) };
            case ImgurNotificationKind.Conversation:
                return new ImgurNotificationContent { Kind = ImgurNotificationKind.Conversation, Conversation = ShapeGuards.ReadObject<ImgurConversation>(ref reader, options) };
            default:
                reader.Skip();
                return new ImgurNotificationContent { Kind = ImgurNotificationKind.Unknown };
        }
    }

    public override void Write(Utf8JsonWriter writer, ImgurNotificationContent? value, JsonSerializerOptions options)
    {
        object? content = value?.Comment ?? (object?)value?.Message ?? value?.Conversation;
        if (content is null) writer.WriteNullValue();
        else JsonSerializer.Serialize(writer, content, options.GetTypeInfo(content.GetType()));
    }

    // The reader is a struct: scanning a copy leaves the caller's position untouched.
    private static ImgurNotificationKind KindOf(Utf8JsonReader probe)
    {
        var depth = probe.CurrentDepth;
        var kind = ImgurNotificationKind.Unknown;
        while (probe.Read() && probe.CurrentDepth > depth)
        {
            if (probe.TokenType != JsonTokenType.PropertyName || probe.CurrentDepth != depth + 1) continue;
            if (probe.ValueTextEquals("comment")) return ImgurNotificationKind.Reply;
            if (probe.ValueTextEquals("message_num")) kind = ImgurNotificationKind.Message;
            else if (probe.ValueTextEquals("with_account_id") && kind == ImgurNotificationKind.Unknown) kind = ImgurNotificationKind.Conversation;
            probe.Read();
            probe.Skip();
        }
        return kind;
    }
}
