using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Imgur;

public static partial class ImgurJson
{
    /// <summary>An Account (3.6); <c>user_follow</c> and <c>is_blocked</c> are from the caller's side.</summary>
    public static JsonObject Account(Account account, JsonView view) => new()
    {
        ["id"] = account.Id,
        ["url"] = account.Username,
        ["bio"] = account.Bio,
        ["avatar"] = account.AvatarUrl,
        ["avatar_name"] = account.AvatarName,
        ["cover"] = null,
        ["cover_name"] = null,
        ["reputation"] = account.Reputation,
        ["reputation_name"] = account.ReputationName,
        ["created"] = account.Created,
        ["pro_expiration"] = false,
        ["user_follow"] = new JsonObject { ["status"] = false },
        ["is_blocked"] = view.Viewer?.Blocked.Contains(account.Id) == true,
    };

    /// <summary>Account Settings (3.7).</summary>
    public static JsonObject Settings(Account account, ImgurStore store) => new()
    {
        ["account_url"] = account.Username,
        ["email"] = account.Email,
        ["avatar"] = account.AvatarUrl,
        ["high_quality"] = false,
        ["public_images"] = account.PublicImages,
        ["album_privacy"] = account.AlbumPrivacy,
        ["pro_expiration"] = false,
        ["accepted_gallery_terms"] = account.AcceptedGalleryTerms,
        ["active_emails"] = account.EmailVerified ? new JsonArray(account.Email) : new JsonArray(),
        ["messaging_enabled"] = account.MessagingEnabled,
        ["comment_replies"] = account.CommentReplies,
        ["blocked_users"] = new JsonArray(account.Blocked.Select(store.FindAccount).OfType<Account>()
            .Select(blocked => (JsonNode)new JsonObject { ["blocked_id"] = blocked.Id, ["blocked_url"] = blocked.Username }).ToArray()),
        ["show_mature"] = account.ShowMature,
        ["newsletter_subscribed"] = account.NewsletterSubscribed,
        ["first_party"] = true,
    };

    /// <summary>Gallery Profile (3.8) with its trophies.</summary>
    public static JsonObject GalleryProfile(Account account, ImgurStore store) => new()
    {
        ["total_gallery_comments"] = store.CommentsBy(account).Count(),
        ["total_gallery_favorites"] = account.Favorites.Count(f => store.FindGalleryPost(f.ItemId) is not null),
        ["total_gallery_submissions"] = store.PostsBy(account).Count(),
        ["trophies"] = new JsonArray(account.Trophies.Select(trophy => (JsonNode)new JsonObject
        {
            ["id"] = trophy.Id,
            ["name"] = trophy.Name,
            ["name_clean"] = trophy.NameClean,
            ["description"] = trophy.Description,
            ["data"] = trophy.Data,
            ["data_link"] = trophy.DataLink,
            ["datetime"] = trophy.Datetime,
            ["image"] = trophy.Image,
        }).ToArray()),
    };
}
