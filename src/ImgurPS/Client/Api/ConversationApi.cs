using System.Collections.Generic;
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

    public static Task SendMessageAsync(this ImgurApiClient client, ImgurCall call, string recipient, string body) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "conversations", recipient).WithForm(new Dictionary<string, string?> { ["body"] = body }), "send the message");

    public static Task DeleteConversationAsync(this ImgurApiClient client, ImgurCall call, long conversationId) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "conversations", conversationId.Text()), "delete the conversation");

    public static Task ReportUserAsync(this ImgurApiClient client, ImgurCall call, string username) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "conversations", "report", username), "report the user");

    public static Task BlockMessagingAsync(this ImgurApiClient client, ImgurCall call, string username) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "conversations", "block", username), "block messages from the user");
}
