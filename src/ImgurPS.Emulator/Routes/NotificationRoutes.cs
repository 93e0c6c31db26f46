using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>Notifications (spec 2.7 NO-01..NO-04): the caller's own only; another user's give 403.</summary>
public static class NotificationRoutes
{
    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/3/notification", Metering.Request, List);
        api.Map(["POST", "PUT"], "/3/notification", Metering.Request, MarkMany);
        api.Map(["GET"], "/3/notification/{id}", Metering.Request, Get);

        // Documented as POST; clients also mark as read with PUT and DELETE (Q17).
        api.Map(["POST", "PUT", "DELETE"], "/3/notification/{id}", Metering.Request, Mark);
    }

    /// <summary>The account's notifications, newest first; with <c>new</c> (default true) only the unviewed.</summary>
    public static IEnumerable<NotificationRecord> For(ApiCall call, Account account)
    {
        bool onlyNew = call.Flag("new", true);
        return call.State.Store.NotificationsFor(account).Where(n => !onlyNew || !n.Viewed);
    }

    /// <summary>The NO-01 payload: replies and messages apart.</summary>
    public static JsonObject Payload(ApiCall call, Account account)
    {
        var all = For(call, account).ToList();
        return new JsonObject
        {
            ["replies"] = JsonList.Of(all.Where(n => n.IsReply), n => ImgurJson.Notification(n, call.View)),
            ["messages"] = JsonList.Of(all.Where(n => !n.IsReply), n => ImgurJson.Notification(n, call.View)),
        };
    }

    static Reply List(ApiCall call) => call.NeedUser(out Account user) ?? Reply.Ok(Payload(call, user));

    static Reply Get(ApiCall call) =>
        Find(call, call.Route("id"), out NotificationRecord notification) ?? Reply.Ok(ImgurJson.Notification(notification, call.View));

    static Reply Mark(ApiCall call)
    {
        if (Find(call, call.Route("id"), out NotificationRecord notification) is { } denied)
        {
            return denied;
        }

        notification.Viewed = true;
        return Reply.Ok(true);
    }

    /// <summary>NO-04: all ids are checked before any is marked.</summary>
    static Reply MarkMany(ApiCall call)
    {
        IReadOnlyList<string> ids = call.List("ids");
        if (call.NeedUser(out _) is { } denied)
        {
            return denied;
        }

        if (ids.Count == 0)
        {
            return Access.Missing("ids");
        }

        var found = new List<NotificationRecord>();
        foreach (string id in ids)
        {
            if (Find(call, id, out NotificationRecord notification) is { } bad)
            {
                return bad;
            }

            found.Add(notification);
        }

        found.ForEach(n => n.Viewed = true);
        return Reply.Ok(true);
    }

    static Reply? Find(ApiCall call, string id, out NotificationRecord notification)
    {
        notification = null!;
        if (call.NeedUser(out Account user) is { } denied)
        {
            return denied;
        }

        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long number) || call.State.Store.FindNotification(number) is not { } found)
        {
            return Reply.Error(404, $"Unable to find a notification with the id, {id}");
        }

        notification = found;
        return found.Recipient.Id == user.Id ? null : Access.Forbidden($"the notification {id}");
    }
}
