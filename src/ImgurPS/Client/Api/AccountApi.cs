using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>The account section of the API (spec 2.1), except account images and albums.</summary>
internal static class AccountApi
{
    public static async Task<ImgurAccount> GetAccountAsync(this ImgurApiClient client, ImgurCall call, string username)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "account", username), ImgurJson.Read<ImgurAccount>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("account");
    }

    /// <summary>AC-01 by numeric id: the id goes in account_id, and in the path where the username would be.</summary>
    public static async Task<ImgurAccount> GetAccountByIdAsync(this ImgurApiClient client, ImgurCall call, long accountId)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", accountId.Text()).WithQuery("account_id", accountId.Text());
        var result = await client.SendAsync(call, request, ImgurJson.Read<ImgurAccount>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("account");
    }

    /// <summary>AC-02 (gallery_favorites) and AC-03 (favorites); the full path, as with every listing (spec Q20).</summary>
    public static async Task<List<IImgurGalleryItem>> GetFavoritesPageAsync(this ImgurApiClient client, ImgurCall call, string username, bool galleryOnly, string sort, int page, int? perPage)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, galleryOnly ? "gallery_favorites" : "favorites", page.Text(), sort)
            .WithQuery("perPage", perPage?.Text());
        var result = await client.SendAsync(call, request, ImgurJson.ReadList<IImgurGalleryItem>).ConfigureAwait(false);
        return result.StampEach();
    }

    public static async Task<List<IImgurGalleryItem>> GetSubmissionsPageAsync(this ImgurApiClient client, ImgurCall call, string username, int page, int? perPage)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, "submissions", page.Text()).WithQuery("perPage", perPage?.Text());
        var result = await client.SendAsync(call, request, ImgurJson.ReadList<IImgurGalleryItem>).ConfigureAwait(false);
        return result.StampEach();
    }

    public static async Task<List<ImgurAvailableAvatar>> GetAvailableAvatarsAsync(this ImgurApiClient client, ImgurCall call, string username)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "account", username, "available_avatars"), ReadAvailableAvatars).ConfigureAwait(false);
        return result.StampEach();
    }

    // The documented shape is {available_avatars: [...]}; a bare array is read too, as nothing confirms the entries (spec 3.21).
    private static List<ImgurAvailableAvatar> ReadAvailableAvatars(JsonElement data) =>
        data.ValueKind == JsonValueKind.Array
            ? ImgurJson.ReadList<ImgurAvailableAvatar>(data)
            : ImgurJson.Read<AvailableAvatarList>(data)?.AvailableAvatars?.ToList() ?? new List<ImgurAvailableAvatar>();

    public static async Task<ImgurAvatar> GetAvatarAsync(this ImgurApiClient client, ImgurCall call, string username)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "account", username, "avatar"), ImgurJson.Read<ImgurAvatar>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("avatar");
    }

    /// <summary>AC-07: always /3/account/me/settings, the documented form (older clients put a username there).</summary>
    public static async Task<ImgurAccountSettings> GetSettingsAsync(this ImgurApiClient client, ImgurCall call)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "account", "me", "settings"), ImgurJson.Read<ImgurAccountSettings>).ConfigureAwait(false);
        var settings = result.Stamp() ?? throw ImgurJson.Unexpected("account settings");
        call.Session.LearnAccount(settings.AccountUrl, null);
        return settings;
    }

    /// <summary>AC-08 with PUT, the documented verb (spec Q17); only the given fields are sent.</summary>
    public static Task SetSettingsAsync(this ImgurApiClient client, ImgurCall call, string username, IEnumerable<KeyValuePair<string, string?>> fields) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Put, "account", username, "settings").WithForm(fields), "change the account settings");

    public static async Task<ImgurGalleryProfile> GetGalleryProfileAsync(this ImgurApiClient client, ImgurCall call, string username)
    {
        // gallery_profile, not the /settings URL the Postman docs show by mistake (spec Q19).
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "account", username, "gallery_profile"), ImgurJson.Read<ImgurGalleryProfile>).ConfigureAwait(false);
        var profile = result.Stamp() ?? throw ImgurJson.Unexpected("gallery profile");
        // Name the profile after the account, not after "me", when the session knows who signed in.
        profile.Username = string.Equals(username, "me", StringComparison.OrdinalIgnoreCase) ? call.Session.AccountUsername ?? username : username;
        return profile;
    }

    /// <summary>AC-10, a query: its boolean is the answer, so false means "not verified", not a refusal.</summary>
    public static async Task<bool> IsEmailVerifiedAsync(this ImgurApiClient client, ImgurCall call, string username)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "account", username, "verifyemail"), ImgurJson.ReadBoolean).ConfigureAwait(false);
        return result.Data;
    }

    public static Task SendVerificationEmailAsync(this ImgurApiClient client, ImgurCall call, string username) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "account", username, "verifyemail"), "send the verification email");

    public static async Task<List<ImgurComment>> GetAccountCommentsPageAsync(this ImgurApiClient client, ImgurCall call, string username, string sort, int page, int? perPage)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, "comments", sort, page.Text()).WithQuery("perPage", perPage?.Text());
        var result = await client.SendAsync(call, request, ImgurJson.ReadList<ImgurComment>).ConfigureAwait(false);
        return result.StampEach();
    }

    public static async Task<ImgurComment> GetAccountCommentAsync(this ImgurApiClient client, ImgurCall call, string username, long commentId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "account", username, "comment", commentId.Text()), ImgurJson.Read<ImgurComment>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("comment");
    }

    public static async Task<List<string>> GetAccountCommentIdsPageAsync(this ImgurApiClient client, ImgurCall call, string username, string sort, int page, int? perPage)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", username, "comments", "ids", sort, page.Text()).WithQuery("perPage", perPage?.Text());
        var result = await client.SendAsync(call, request, ImgurJson.ReadIds).ConfigureAwait(false);
        return result.Data;
    }

    public static async Task<long> GetAccountCommentCountAsync(this ImgurApiClient client, ImgurCall call, string username)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "account", username, "comments", "count"), ImgurJson.ReadInt64).ConfigureAwait(false);
        return result.Data;
    }

    public static Task DeleteAccountCommentAsync(this ImgurApiClient client, ImgurCall call, string username, long commentId) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "account", username, "comment", commentId.Text()), "delete the comment");

    public static Task FollowTagAsync(this ImgurApiClient client, ImgurCall call, string tag) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "account", "me", "follow", "tag", tag), "follow the tag");

    public static Task UnfollowTagAsync(this ImgurApiClient client, ImgurCall call, string tag) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "account", "me", "follow", "tag", tag), "stop following the tag");

    /// <summary>AC-30 (GET), AC-31 (POST) and AC-32 (DELETE): the v1 route answers {data:{blocked}} without success/status (spec Q29).</summary>
    public static async Task<ImgurBlockStatus> SendBlockAsync(this ImgurApiClient client, ImgurCall call, HttpMethod method, string username)
    {
        var result = await client.SendAsync(call, ImgurRequest.AccountV1(method, username, "block"), ImgurJson.Read<ImgurBlockStatus>).ConfigureAwait(false);
        // An empty answer to a block or an unblock means it was done (the shape of these answers is inferred, spec 2.1).
        var status = result.Stamp() ?? new ImgurBlockStatus { Blocked = method != HttpMethod.Delete }.StampedWith(result.RateLimit);
        status.Username = username;
        return status;
    }

    /// <summary>
    /// One page of the block list (AC-33): <paramref name="cursor"/> is the <c>next</c> of the page before, null for
    /// the first. The spec does not say how the cursor goes back; ImgurPS sends it as the <c>cursor</c> query.
    /// </summary>
    public static async Task<BlockListPage> GetBlockListPageAsync(this ImgurApiClient client, ImgurCall call, string? cursor)
    {
        var request = ImgurRequest.Api(HttpMethod.Get, "account", "me", "block");
        if (cursor is not null) request = request.WithQuery("cursor", cursor);
        var result = await client.SendAsync(call, request, ReadBlockList).ConfigureAwait(false);
        result.Data.Items.StampEach(result.RateLimit);
        return result.Data;
    }

    private static BlockListPage ReadBlockList(JsonElement data) =>
        data.ValueKind == JsonValueKind.Array
            ? new BlockListPage { Items = ImgurJson.ReadList<ImgurBlockedAccount>(data).ToArray() }
            : ImgurJson.Read<BlockListPage>(data) ?? new BlockListPage();

    /// <summary>AC-34: the client id goes in the query and the password in a JSON body, never in the URL.</summary>
    public static Task DeleteAccountAsync(this ImgurApiClient client, ImgurCall call, string password, IReadOnlyCollection<string> reasons, string? feedback)
    {
        // Masked like the session's secrets wherever a server echoes it: in a JSON body by its key, and by its value.
        Redaction.Register(password);
        var request = ImgurRequest.Api(HttpMethod.Post, "account", "me", "delete")
            .WithQuery("client_id", call.Session.ClientId)
            .WithJson(writer =>
            {
                writer.WriteString("password", password);
                writer.WriteStartArray("reasons");
                foreach (var reason in reasons) writer.WriteStringValue(reason);
                writer.WriteEndArray();
                if (feedback is not null) writer.WriteString("feedback", feedback);
            });
        return client.AcknowledgeAsync(call, request, "delete the account");
    }
}
