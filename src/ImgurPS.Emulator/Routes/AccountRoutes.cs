using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// The account itself (spec 2.1): profile, avatars, settings, gallery profile, email verification,
/// account deletion and the legacy aliases. <c>{username}</c> may be <c>me</c> throughout.
/// </summary>
public static partial class AccountRoutes
{
    const string Base = "/3/account/{username}";
    static readonly string[] AlbumPrivacies = ["public", "hidden", "secret"];

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], Base, Metering.Request, Get);
        api.Map(["GET"], Base + "/available_avatars", Metering.Request, AvailableAvatars);
        api.Map(["GET"], Base + "/avatar", Metering.Request, Avatar);
        api.Map(["GET"], Base + "/settings", Metering.Request, Settings);
        api.Map(["PUT", "POST"], Base + "/settings", Metering.Request, UpdateSettings);
        api.Map(["GET"], Base + "/gallery_profile", Metering.Request, GalleryProfile);
        api.Map(["GET"], Base + "/verifyemail", Metering.Request, IsVerified);
        api.Map(["POST"], Base + "/verifyemail", Metering.Request, SendVerification);
        api.Map(["POST"], Base + "/delete", Metering.Request, DeleteAccount);
        api.Map(["DELETE"], Base, Metering.Request, DeleteAccount);
        api.Map(["GET"], Base + "/stats", Metering.Request, Stats);
    }

    /// <summary>AC-01; the <c>account_id</c> query looks the account up by number instead.</summary>
    static Reply Get(ApiCall call)
    {
        Account account;
        if (call.Field("account_id") is { Length: > 0 } idText)
        {
            Account? byId = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? call.State.Store.FindAccount(id) : null;
            if (byId is null)
            {
                return Reply.Error(404, $"Unable to find an account with the id, {idText}");
            }

            account = byId;
        }
        else if (call.FindAccount(call.Route("username"), out account) is { } missing)
        {
            return missing;
        }

        return Reply.Ok(ImgurJson.Account(account, call.View));
    }

    /// <summary>AC-05: the entry shape <c>{name, location}</c> and <c>count</c> are the spec's inference (3.21).</summary>
    static Reply AvailableAvatars(ApiCall call) => call.FindAccount(call.Route("username"), out _) ?? Reply.Ok(new JsonObject
    {
        ["available_avatars"] = JsonList.Of(AvatarCatalog.Names, name => new JsonObject { ["name"] = name, ["location"] = AvatarCatalog.Url(name) }),
        ["count"] = AvatarCatalog.Names.Count,
    });

    static Reply Avatar(ApiCall call)
    {
        if (call.NeedUser(out _) is { } denied)
        {
            return denied;
        }

        return call.FindAccount(call.Route("username"), out Account account)
            ?? Reply.Ok(new JsonObject { ["avatar"] = account.AvatarUrl, ["avatar_name"] = account.AvatarName });
    }

    static Reply Settings(ApiCall call) =>
        call.OwnAccount(call.Route("username"), out Account account) ?? Reply.Ok(ImgurJson.Settings(account, call.State.Store));

    /// <summary>AC-08: every field optional; all are checked before any is changed.</summary>
    static Reply UpdateSettings(ApiCall call)
    {
        if (call.OwnAccount(call.Route("username"), out Account account) is { } denied)
        {
            return denied;
        }

        var changes = new List<System.Action>();
        foreach ((string name, System.Action<bool> set) in new (string, System.Action<bool>)[]
        {
            ("public_images", v => account.PublicImages = v),
            ("messaging_enabled", v => account.MessagingEnabled = v),
            ("accepted_gallery_terms", v => account.AcceptedGalleryTerms = v),
            ("show_mature", v => account.ShowMature = v),
            ("newsletter_subscribed", v => account.NewsletterSubscribed = v),
        })
        {
            if (call.Field(name) is not { } text)
            {
                continue;
            }

            bool? value = text.ToLowerInvariant() switch { "true" or "1" => true, "false" or "0" => false, _ => null };
            if (value is null)
            {
                return Reply.Error(400, $"'{text}' is not a value for {name}; use true or false.");
            }

            changes.Add(() => set(value.Value));
        }

        if (call.Field("album_privacy") is { } privacy)
        {
            if (!AlbumPrivacies.Contains(privacy))
            {
                return Reply.Error(400, $"'{privacy}' is not an album privacy; use public, hidden or secret.");
            }

            changes.Add(() => account.AlbumPrivacy = privacy);
        }

        if (call.Field("avatar") is { } avatar)
        {
            if (!AvatarCatalog.Names.Contains(avatar))
            {
                return Reply.Error(400, $"'{avatar}' is not an available avatar; see /3/account/{{username}}/available_avatars.");
            }

            changes.Add(() => account.AvatarName = avatar);
        }

        if (call.Field("username") is { } username && username != account.Username)
        {
            if (!UsernamePattern().IsMatch(username))
            {
                return Reply.Error(400, $"'{username}' is not a valid username; use 4 to 63 letters and digits.");
            }

            if (call.State.Store.FindAccount(username) is not null)
            {
                return Reply.Error(400, $"The username {username} is already taken.");
            }

            changes.Add(() => account.Username = username);
        }

        if (call.Field("bio") is { } bio)
        {
            changes.Add(() => account.Bio = bio);
        }

        changes.ForEach(change => change());
        return Reply.Ok(true);
    }

    static Reply GalleryProfile(ApiCall call) =>
        call.FindAccount(call.Route("username"), out Account account) ?? Reply.Ok(ImgurJson.GalleryProfile(account, call.State.Store));

    static Reply IsVerified(ApiCall call) =>
        call.OwnAccount(call.Route("username"), out Account account) ?? Reply.Ok(account.EmailVerified);

    /// <summary>AC-11: "sends" the verification mail; the address stays unverified until the user clicks, which never happens here.</summary>
    static Reply SendVerification(ApiCall call)
    {
        if (call.OwnAccount(call.Route("username"), out Account account) is { } denied)
        {
            return denied;
        }

        return account.EmailVerified ? Reply.Error(400, "User Previously Verified") : Reply.Ok(true);
    }

    /// <summary>
    /// AC-34 (<c>POST .../delete</c>, needs <c>password</c>; a <c>client_id</c> query must be the
    /// application's) and its legacy form <c>DELETE /3/account/{username}</c>. The account, its
    /// tokens and its profile are gone afterwards; its content stays, as Imgur keeps posts.
    /// </summary>
    static Reply DeleteAccount(ApiCall call)
    {
        if (call.OwnAccount(call.Route("username"), out Account account) is { } denied)
        {
            return denied;
        }

        if (call.Http.Request.Query["client_id"] is { Count: > 0 } clientId && clientId.ToString() != call.Options.ClientId)
        {
            return Reply.Error(403, "Invalid client_id");
        }

        if (call.Request.Method == "POST" && string.IsNullOrEmpty(call.Field("password")))
        {
            return Access.Missing("password");
        }

        account.Deleted = true;
        return Reply.Ok(true);
    }

    /// <summary>Legacy and undocumented (spec 2.1); the emulator answers the account's counts.</summary>
    static Reply Stats(ApiCall call)
    {
        if (call.FindAccount(call.Route("username"), out Account account) is { } missing)
        {
            return missing;
        }

        ImgurStore store = call.State.Store;
        return Reply.Ok(new JsonObject
        {
            ["total_images"] = store.ImagesOf(account).Count(image => image.IsListedFor(call.User)),
            ["total_albums"] = store.AlbumsOf(account).Count(album => album.IsListedFor(call.User)),
            ["total_comments"] = store.CommentsBy(account).Count(),
            ["total_gallery_submissions"] = store.PostsBy(account).Count(),
        });
    }

    [GeneratedRegex("^[A-Za-z0-9]{4,63}$")]
    private static partial Regex UsernamePattern();
}
