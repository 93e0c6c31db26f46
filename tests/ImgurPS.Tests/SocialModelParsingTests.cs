using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The account, comment, conversation and notification models against the spec's field lists (3.6 to 3.12, 3.21, 3.23).</summary>
public class SocialModelParsingTests
{
    private static JsonElement Data(string data)
    {
        using var payload = ImgurResponseParser.Parse(200, "application/json", Encoding.UTF8.GetBytes($$"""{"data":{{data}},"success":true,"status":200}"""), "GET", "/3/x");
        return payload.Data.Clone();
    }

    [Fact]
    public void ReadsAnAccountWithProExpirationFalseAndAFloatReputation()
    {
        var account = ImgurJson.Read<ImgurAccount>(Data("""
            {"id":1000001,"url":"emulator-user","bio":null,"avatar":"https://i.imgur.com/a.png","avatar_name":"default/E","cover":null,
             "cover_name":null,"reputation":1234.5,"reputation_name":"Liked","created":1400000000,"pro_expiration":false,
             "user_follow":{"status":true},"is_blocked":false}
            """))!;

        Assert.Equal(1000001, account.Id);
        Assert.Equal("emulator-user", account.Username);
        Assert.Equal(1000001, account.AccountId);
        Assert.Null(account.Bio);
        Assert.Equal("default/E", account.AvatarName);
        Assert.Equal(1234.5, account.Reputation);
        Assert.Equal("Liked", account.ReputationName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1400000000), account.Created);
        Assert.Null(account.ProExpiration);
        Assert.True(account.UserFollow!.Status);
        Assert.False(account.IsBlocked);
    }

    [Fact]
    public void AccountNumbersMayBeStringsAndProExpirationAnEpoch()
    {
        var account = ImgurJson.Read<ImgurAccount>(Data("""{"id":"42","url":"a","reputation":"-3","pro_expiration":1900000000,"user_follow":true}"""))!;
        Assert.Equal(42, account.Id);
        Assert.Equal(-3, account.Reputation);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1900000000), account.ProExpiration);
        Assert.Null(account.UserFollow);
    }

    [Fact]
    public void ReadsAccountSettingsWithBlockedUsersAndEmails()
    {
        var settings = ImgurJson.Read<ImgurAccountSettings>(Data("""
            {"account_url":"emulator-user","email":"user@example.com","avatar":null,"high_quality":false,"public_images":"1",
             "album_privacy":"secret","pro_expiration":false,"accepted_gallery_terms":true,"active_emails":["user@example.com"],
             "messaging_enabled":true,"comment_replies":true,"blocked_users":[{"blocked_id":"7","blocked_url":"troll"}],
             "show_mature":false,"newsletter_subscribed":false,"first_party":true}
            """))!;

        Assert.Equal("emulator-user", settings.Username);
        Assert.True(settings.PublicImages);
        Assert.Equal("secret", settings.AlbumPrivacy);
        Assert.Null(settings.ProExpiration);
        Assert.Equal(new[] { "user@example.com" }, settings.ActiveEmails);
        var blocked = Assert.Single(settings.BlockedUsers!);
        Assert.Equal(7, blocked.BlockedId);
        Assert.Equal("troll", blocked.Username);
        Assert.True(settings.FirstParty);
    }

    [Fact]
    public void ReadsAGalleryProfileWhoseTrophyIdsAreNumbersOrStrings()
    {
        var profile = ImgurJson.Read<ImgurGalleryProfile>(Data("""
            {"total_gallery_comments":40,"total_gallery_favorites":"9","total_gallery_submissions":3,
             "trophies":[{"id":1,"name":"Year 1","name_clean":"Year1","description":"One year","data":null,"data_link":null,"datetime":1500000000,"image":"https://s.imgur.com/1.png"},
                         {"id":"x2","name":"Glorious"}]}
            """))!;

        Assert.Equal(40, profile.TotalGalleryComments);
        Assert.Equal(9, profile.TotalGalleryFavorites);
        Assert.Equal(new[] { "1", "x2" }, profile.Trophies!.Select(trophy => trophy.Id));
        Assert.Equal("Year1", profile.Trophies![0].NameClean);
        Assert.Null(profile.Trophies[0].DataLink);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1500000000), profile.Trophies[0].Datetime);
    }

    [Fact]
    public void ReadsACommentThreadWithChildrenAndLegacyPlatform()
    {
        var comment = ImgurJson.Read<ImgurComment>(Data("""
            {"id":9000000001,"image_id":"AbC1234","comment":"Nice","author":"someone","author_id":5,"on_album":true,"album_cover":"Cov1234",
             "ups":"3","downs":1,"points":2.0,"datetime":1700000000,"parent_id":null,"deleted":false,"vote":null,"platform":2,
             "children":[{"id":9000000002,"parent_id":9000000001,"comment":"Thanks","children":[]}]}
            """))!;

        Assert.Equal(9000000001, comment.CommentId);
        Assert.Equal("AbC1234", comment.ImageId);
        Assert.Equal("Nice", comment.Comment);
        Assert.True(comment.OnAlbum);
        Assert.Equal(3, comment.Ups);
        Assert.Equal(2, comment.Points);
        Assert.Null(comment.ParentId);
        Assert.Null(comment.Vote);
        Assert.Equal("2", comment.Platform);
        var child = Assert.Single(comment.Children!);
        Assert.Equal(9000000001, child.ParentId);
        Assert.Empty(child.Children!);
    }

    [Fact]
    public void ALoneCommentWhereAListBelongsIsAListOfOne()
    {
        var comments = ImgurJson.ReadList<ImgurComment>(Data("""{"id":1,"comment":"only"}"""));
        Assert.Equal("only", Assert.Single(comments).Comment);
    }

    [Fact]
    public void ANewCommentGivesItsIdAsCommentId()
    {
        var created = ImgurJson.Read<ImgurNewComment>(Data("""{"id":1234567890}"""))!;
        Assert.Equal(1234567890, created.CommentId);
    }

    [Fact]
    public void NotificationContentIsTypedByItsKeys()
    {
        var reply = ImgurJson.Read<ImgurNotification>(Data("""{"id":1,"account_id":1000001,"viewed":false,"content":{"id":77,"comment":"hi","author":"x","children":[]}}"""))!;
        var message = ImgurJson.Read<ImgurNotification>(Data("""
            {"id":"2","account_id":"1000001","viewed":"1","content":{"id":"12","from":"friend","account_id":"5","with_account":"1000001",
             "last_message":"hello","message_num":"4","datetime":1700000000,"spam":"0"}}
            """))!;
        var conversation = ImgurJson.Read<ImgurNotification>(Data("""{"id":3,"viewed":false,"content":{"id":12,"with_account_id":5,"with_account":"friend","last_message_preview":"hey","message_count":2}}"""))!;
        var unknown = ImgurJson.Read<ImgurNotification>(Data("""{"id":4,"content":{"something":"else"}}"""))!;

        Assert.Equal(ImgurNotificationKind.Reply, reply.Kind);
        Assert.Equal(77, reply.Content!.Comment!.CommentId);
        Assert.Null(reply.Content.Message);

        Assert.Equal(2, message.NotificationId);
        Assert.True(message.Viewed);
        Assert.Equal(ImgurNotificationKind.Message, message.Kind);
        var body = message.Content!.Message!;
        Assert.Equal(12, body.ConversationId);
        Assert.Equal(5, body.AccountId);
        Assert.Equal(1000001, body.WithAccount);
        Assert.Equal(4, body.MessageNum);
        Assert.False(body.Spam);

        Assert.Equal(ImgurNotificationKind.Conversation, conversation.Kind);
        Assert.Equal("friend", conversation.Content!.Conversation!.WithAccount);
        Assert.Equal(ImgurNotificationKind.Unknown, unknown.Kind);
    }

    [Fact]
    public void ReadsAConversationWithMessages()
    {
        var conversation = ImgurJson.Read<ImgurConversation>(Data("""
            {"id":12,"last_message_preview":"hey","datetime":1700000000,"with_account_id":"5","with_account":"friend","message_count":2,
             "messages":[{"id":1,"from":"friend","account_id":5,"sender_id":5,"body":"hey","conversation_id":12,"datetime":1700000000}],
             "done":true,"page":1}
            """))!;

        Assert.Equal(12, conversation.ConversationId);
        Assert.Equal(5, conversation.WithAccountId);
        var message = Assert.Single(conversation.Messages!);
        Assert.Equal(12, message.ConversationId);
        Assert.Equal(5, message.SenderId);
        Assert.True(conversation.Done);
        Assert.Equal(1, conversation.Page);
    }

    [Fact]
    public void ReadsAvatarsBlockStatusAndTheBlockListCursor()
    {
        var avatar = ImgurJson.Read<ImgurAvatar>(Data("""{"avatar":"https://i.imgur.com/a.png","avatar_name":"default/E"}"""))!;
        var available = ImgurJson.Read<AvailableAvatarList>(Data("""{"available_avatars":[{"name":"cat","location":"https://i.imgur.com/c.png"}],"count":1}"""))!;
        var page = ImgurJson.Read<BlockListPage>(Data("""{"items":[{"url":"troll"}],"next":null}"""))!;

        Assert.Equal("default/E", avatar.AvatarName);
        Assert.Equal("cat", Assert.Single(available.AvailableAvatars!).Avatar);
        Assert.Equal("troll", Assert.Single(page.Items!).Username);
        Assert.Null(page.Next);
    }

    [Fact]
    public void TheV1BlockAnswerHasNoSuccessOrStatus()
    {
        using var payload = ImgurResponseParser.Parse(200, "application/vnd.api+json", Encoding.UTF8.GetBytes("""{"data":{"blocked":true}}"""), "GET", "/account/v1/x/block");
        Assert.True(ImgurJson.Read<ImgurBlockStatus>(payload.Data)!.Blocked);
    }
}
