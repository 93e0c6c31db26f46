using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The notification section of the API (spec 2.7) and the account's reply notifications (AC-27).</summary>
internal static class NotificationApi
{
    /// <summary>NO-01: replies, then messages. <paramref name="onlyNew"/> null leaves Imgur's default (only unviewed).</summary>
    public static async Task<List<ImgurNotification>> GetNotificationsAsync(this ImgurApiClient client, ImgurCall call, bool? onlyNew)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "notification").WithQuery("new", onlyNew);
        var result = await client.SendAsync(call, request, ReadNotifications).ConfigureAwait(false);
        return result.StampEach();
    }

    public static async Task<ImgurNotification> GetNotificationAsync(this ImgurApiClient client, ImgurCall call, long notificationId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "notification", notificationId.Text()), ImgurJson.Read<ImgurNotification>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("notification");
    }

    /// <summary>AC-27: documented as a list, but clients also get NO-01's {replies, messages} object; both are read.</summary>
    public static async Task<List<ImgurNotification>> GetAccountRepliesAsync(this ImgurApiClient client, ImgurCall call, string username, bool? onlyNew)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, "notifications", "replies").WithQuery("new", onlyNew);
        var result = await client.SendAsync(call, request, ReadNotifications).ConfigureAwait(false);
        return result.StampEach();
    }

    /// <summary>NO-03 for one id, NO-04 (comma-joined ids, spec Q16) for several.</summary>
    public static Task MarkNotificationsViewedAsync(this ImgurApiClient client, ImgurCall call, IReadOnlyList<long> notificationIds)
    {
        var request = notificationIds.Count == 1
            ? ImgurRequest.Api(HttpMethod.Post, "notification", notificationIds[0].Text())
            : ImgurRequest.Api(HttpMethod.Post, "notification").WithForm(new Dictionary<string, string?> { ["ids"] = ImgurRequest.Join(notificationIds.Select(id => id.Text())) });
        return client.AcknowledgeAsync(call, request, "mark the notifications as viewed");
    }

    private static List<ImgurNotification> ReadNotifications(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.Object && (data.TryGetProperty("replies", out _) || data.TryGetProperty("messages", out _)))
        {
            var lists = ImgurJson.Read<NotificationLists>(data);
            return (lists?.Replies ?? new ImgurNotification[0]).Concat(lists?.Messages ?? new ImgurNotification[0]).ToList();
        }
        return ImgurJson.ReadList<ImgurNotification>(data);
    }
}
