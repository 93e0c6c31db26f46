using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Private messages (spec 2.6 CV-01..CV-06); all need a user, who sees only their own conversations.</summary>
public static class ConversationRoutes
{
    /// <summary>Messages per CV-02 page.</summary>
    public const int MessagePageSize = 25;

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/conversations", Metering.Request, List);
        api.Map(["GET"], "/3/conversations/{id}/{page?}/{offset?}", Metering.Request, Get);
        api.Map(["POST"], "/3/conversations/{username}", Metering.Request, Send);
        api.Map(["DELETE"], "/3/conversations/{id}", Metering.Request, Delete);
        api.Map(["POST"], "/3/conversations/report/{username}", Metering.Request, Report);
        api.Map(["POST"], "/3/conversations/block/{username}", Metering.Request, Block);
    }

    static Reply List(ApiCall call) =>
        call.NeedUser(out Account user) ?? Reply.Ok(JsonList.Of(call.State.Store.ConversationsOf(user), c => ImgurJson.Conversation(c, user)));

    /// <summary>
    /// CV-02: pages count from 1 here, and <c>offset</c> skips that many messages first; messages go
    /// oldest first, <c>done</c> says whether this page reaches the last one.
    /// </summary>
    static Reply Get(ApiCall call)
    {
        if (Find(call, out Account user, out ConversationRecord conversation) is { } denied)
        {
            return denied;
        }

        if (!Number(call.Route("page"), 1, out int page) || page < 1)
        {
            return Reply.Error(400, $"'{call.Route("page")}' is not a page number; conversation pages count from 1.");
        }

        if (!Number(call.Route("offset"), 0, out int offset))
        {
            return Reply.Error(400, $"'{call.Route("offset")}' is not an offset; give the number of messages to skip.");
        }

        int start = offset + (page - 1) * MessagePageSize;
        var messages = conversation.Messages.OrderBy(m => m.Datetime).ThenBy(m => m.Id).Skip(start).Take(MessagePageSize).ToList();
        JsonObject json = ImgurJson.Conversation(conversation, user);
        json["messages"] = JsonList.Of(messages, ImgurJson.Message);
        json["done"] = start + MessagePageSize >= conversation.Messages.Count;
        json["page"] = page;
        return Reply.Ok(json);
    }

    /// <summary>CV-03: into the pair's conversation, started if needed; the recipient must accept messages and not block the sender.</summary>
    static Reply Send(ApiCall call)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (call.Field("body") is not { Length: > 0 } body)
        {
            return Access.Missing("body");
        }

        if (Recipient(call, out Account recipient) is { } missing)
        {
            return missing;
        }

        if (recipient.Id == user.Id)
        {
            return Reply.Error(400, "You cannot send a message to yourself.");
        }

        if (!recipient.MessagingEnabled || recipient.Blocked.Contains(user.Id))
        {
            return Reply.Error(403, $"{recipient.Username} does not accept messages from you.");
        }

        call.State.Store.Send(user, recipient, body);
        return Reply.Ok(true);
    }

    /// <summary>CV-04: gone for the caller only; a new message brings it back.</summary>
    static Reply Delete(ApiCall call)
    {
        if (Find(call, out Account user, out ConversationRecord conversation) is { } denied)
        {
            return denied;
        }

        conversation.DeletedFor.Add(user.Id);
        return Reply.Ok(true);
    }

    static Reply Report(ApiCall call) => call.NeedUser(out _) ?? Recipient(call, out _) ?? Reply.Ok(true);

    /// <summary>CV-06: the same block list as the account's (AC-33).</summary>
    static Reply Block(ApiCall call)
    {
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (Recipient(call, out Account other) is { } missing)
        {
            return missing;
        }

        if (other.Id != user.Id && !user.Blocked.Contains(other.Id))
        {
            user.Blocked.Add(other.Id);
        }

        return Reply.Ok(true);
    }

    static Reply? Recipient(ApiCall call, out Account account)
    {
        string username = call.Route("username");
        account = call.State.Store.FindAccount(username)!;
        return account is null ? Reply.Error(404, $"Unable to find an account with the name, {username}") : null;
    }

    static Reply? Find(ApiCall call, out Account user, out ConversationRecord conversation)
    {
        conversation = null!;
        if (call.NeedUser(out user) is { } denied)
        {
            return denied;
        }

        string id = call.Route("id");
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long number)
            || call.State.Store.FindConversation(number) is not { } found
            || (found.Includes(user) && !found.IsVisibleTo(user)))
        {
            return Reply.Error(404, $"Unable to find a conversation with the id, {id}");
        }

        conversation = found;
        return found.Includes(user) ? null : Access.Forbidden($"the conversation {id}");
    }

    static bool Number(string text, int fallback, out int value)
    {
        value = fallback;
        return text.Length == 0 || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
