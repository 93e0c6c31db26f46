using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The conversation (private message) section of the API (spec 2.6).</summary>
internal static class ConversationApi
{
    public static async Task<List<ImgurConversation>> GetConversationsAsync(this ImgurApiClient client, ImgurCall call)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "conversations"), ImgurJson.ReadList<ImgurConversation>).ConfigureAwait(false);
        return result.StampEach();
    }

    /// <summary>CV-02: pages count from 1 here, unlike the rest of the API; offset skips messages.</summary>
    public static async Task<ImgurConversation> GetConversationAsync(this ImgurApiClient client, ImgurCall call, long conversationId, int page, int offset)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "conversations", conversationId.Text(), page.Text(), offset.Text());
        var result = await client.SendAsync(call, request, ImgurJson.Read<ImgurConversation>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("conversation");
    }

    /// <summary>The conversation with one user, with its first page of messages: found in the list (CV-01), then read (CV-02).</summary>
    public static async Task<ImgurConversation> GetConversationWithAsync(this ImgurApiClient client, ImgurCall call, string username)
    {
        var conversations = await client.GetConversationsAsync(call).ConfigureAwait(false);
        var found = conversations.Find(conversation => string.Equals(conversation.WithAccount, username, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"Imgur does not list a conversation with '{username}'.");
        return await client.GetConversationAsync(call, found.Id, 1, 0).ConfigureAwait(false);
    }

    public static Task SendMessageAsync(this ImgurApiClient client, ImgurCall call, string recipient, string body) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "conversations", recipient).WithForm(new Dictionary<string, string?> { ["body"] = body }), "send the message");

    public static Task DeleteConversationAsync(this ImgurApiClient client, ImgurCall call, long conversationId) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "conversations", conversationId.Text()), "delete the conversation");

    public static Task ReportUserAsync(this ImgurApiClient client, ImgurCall call, string username) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "conversations", "report", username), "report the user");

    public static Task BlockMessagingAsync(this ImgurApiClient client, ImgurCall call, string username) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "conversations", "block", username), "block messages from the user");
}
