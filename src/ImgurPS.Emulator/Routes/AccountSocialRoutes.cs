using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// An account's social side (spec 2.1 AC-27..AC-33 and the notification aliases): reply
/// notifications, followed tags, and blocks, the latter also on the newer <c>/account/v1</c> routes
/// with their own JSON:API envelope (Q29).
/// </summary>
public static class AccountSocialRoutes
{
    const string Base = "/3/account/{username}";
    const string JsonApi = "application/vnd.api+json";
    const int BlockPageSize = 20;

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], Base + "/notifications/replies", Metering.Request, call => Notifications(call, replies: true));
        api.Map(["GET"], Base + "/notifications/messages", Metering.Request, call => Notifications(call, replies: false));
        api.Map(["GET"], Base + "/notifications", Metering.Request, AllNotifications);
        api.Map(["POST"], Base + "/follow/tag/{tag}", Metering.Request, Follow);
        api.Map(["DELETE"], Base + "/follow/tag/{tag}", Metering.Request, Unfollow);
        api.Map(["GET"], Base + "/block", Metering.Request, BlockList);
        api.Map(["GET", "POST", "DELETE"], "/account/v1/{username}/block", Metering.Request, Block);
    }

    /// <summary>AC-27: an array of the account's reply (or message) notifications; <c>new</c> (default true) keeps the unviewed.</summary>
    static Reply Notifications(ApiCall call, bool replies)
    {
        if (call.OwnAccount(call.Route("username"), out Account account) is { } denied)
        {
            return denied;
        }

        var shown = NotificationRoutes.For(call, account).Where(n => n.IsReply == replies);
        return Reply.Ok(JsonList.Of(shown, n => ImgurJson.Notification(n, call.View)));
    }

    /// <summary>The legacy <c>/3/account/me/notifications</c>: the NO-01 payload.</summary>
    static Reply AllNotifications(ApiCall call) =>
        call.OwnAccount(call.Route("username"), out Account account) ?? Reply.Ok(NotificationRoutes.Payload(call, account));

    static Reply Follow(ApiCall call)
    {
        if (FollowedTag(call, out Account account, out Tag tag) is { } denied)
        {
            return denied;
        }

        if (account.FollowedTags.Add(tag.Name))
        {
            tag.Followers++;
        }

        return Reply.Ok(true);
    }

    static Reply Unfollow(ApiCall call)
    {
        if (FollowedTag(call, out Account account, out Tag tag) is { } denied)
        {
            return denied;
        }

        if (!account.FollowedTags.Remove(tag.Name))
        {
            return Reply.Error(409, "Not following tag");
        }

        tag.Followers--;
        return Reply.Ok(true);
    }

    static Reply? FollowedTag(ApiCall call, out Account account, out Tag tag)
    {
        tag = null!;
        if (call.OwnAccount(call.Route("username"), out account) is { } denied)
        {
            return denied;
        }

        tag = call.State.Store.FindTag(call.Route("tag"))!;
        return tag is null ? Reply.Error(404, "Tag does not exist") : null;
    }

    /// <summary>AC-33: a cursor list inside the envelope; <c>next</c> is the <c>cursor</c> query of the following page, null at the end.</summary>
    static Reply BlockList(ApiCall call)
    {
        if (call.OwnAccount(call.Route("username"), out Account account) is { } denied)
        {
            return denied;
        }

        int start = int.TryParse(call.Field("cursor"), NumberStyles.None, CultureInfo.InvariantCulture, out int cursor) ? cursor : 0;
        var blocked = account.Blocked.Select(call.State.Store.FindAccount).OfType<Account>().ToList();
        var page = blocked.Skip(start).Take(BlockPageSize);
        int next = start + BlockPageSize;
        return Reply.Ok(new JsonObject
        {
            ["items"] = JsonList.Of(page, a => new JsonObject { ["url"] = a.Username }),
            ["next"] = next < blocked.Count ? next.ToString(CultureInfo.InvariantCulture) : null,
        });
    }

    /// <summary>
    /// AC-30..AC-32: whether the caller blocks <c>{username}</c>, block, unblock. The answer is
    /// <c>{"data": {"blocked": ...}}</c> with no success or status, and errors are JSON:API's
    /// <c>errors</c> list. The spec says these routes expect <c>Accept: application/vnd.api+json</c>;
    /// an Accept header that rules out JSON gets 406, a missing one is fine.
    /// </summary>
    static Reply Block(ApiCall call)
    {
        if (call.User is not { } user)
        {
            return JsonApiError(401, "Authentication required");
        }

        string accept = call.Http.Request.Headers.Accept.ToString();
        if (accept.Length > 0 && !accept.Contains("json") && !accept.Contains("*/*"))
        {
            return JsonApiError(406, $"These routes answer {JsonApi}; the Accept header '{accept}' rules that out.");
        }

        string username = call.Route("username");
        Account? target = username == Access.Me ? user : call.State.Store.FindAccount(username);
        if (target is null)
        {
            return JsonApiError(404, $"Unable to find an account with the name, {username}");
        }

        if (target.Id == user.Id && !HttpMethods.IsGet(call.Request.Method))
        {
            return JsonApiError(400, "You cannot block yourself.");
        }

        if (HttpMethods.IsPost(call.Request.Method) && !user.Blocked.Contains(target.Id))
        {
            user.Blocked.Add(target.Id);
        }
        else if (HttpMethods.IsDelete(call.Request.Method))
        {
            user.Blocked.Remove(target.Id);
        }

        return new BareJsonReply(200, new JsonObject { ["data"] = new JsonObject { ["blocked"] = user.Blocked.Contains(target.Id) } }, JsonApi);
    }

    static BareJsonReply JsonApiError(int status, string detail) => new(status, new JsonObject
    {
        ["errors"] = new JsonArray(new JsonObject
        {
            ["id"] = "emulator-" + status.ToString(CultureInfo.InvariantCulture),
            ["code"] = status.ToString(CultureInfo.InvariantCulture),
            ["status"] = ReasonPhrases.GetReasonPhrase(status),
            ["detail"] = detail,
        }),
    }, JsonApi);
}
