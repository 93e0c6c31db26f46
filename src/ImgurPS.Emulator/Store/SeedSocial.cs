using System;
using System.Linq;
using ImgurPS.Emulator.Media;

namespace ImgurPS.Emulator.Store;

/// <summary>
/// The seed around the gallery: memes, subreddit images, comment threads, notifications and
/// conversations. Ids are fixed (README, "Seeded data"); the random parts draw from <c>extra</c>.
/// </summary>
sealed partial class Seed
{
    const long Hour = 3600;

    void AddMemes()
    {
        for (int i = 0; i < SeedText.MemeTemplates.Length; i++)
        {
            data.MemeDefaults.Add(Image($"MemeBg{i + 1}", $"EmuDeletehashM{i + 1}", null, MediaType.Jpeg, 600, 600, 60_000 + i * 1000, SeedText.MemeTemplates[i], "", GalleryEpoch - 900 * Day));
        }

        for (int i = 0; i < SeedText.MemeCaptions.Length; i++)
        {
            int template = i % SeedText.MemeTemplates.Length;
            (string top, string bottom) = SeedText.MemeCaptions[i];
            ImageRecord image = Image($"EmuMem{i + 1}", $"EmuDeletehashX{i + 1}", posters[extra.Next(posters.Length)], MediaType.Jpeg, 600, 600, 70_000, $"{top}, {bottom}", "", GalleryEpoch - (i + 1) * 5 * Hour);
            image.InGallery = true;
            var meme = new MemeMetadata(SeedText.MemeTemplates[template], top, bottom, $"MemeBg{template + 1}");
            data.Gallery.Add(SocialPost(new GalleryPost(image) { Meme = meme }));
        }
    }

    void AddSubreddits()
    {
        foreach ((string subreddit, char letter) in SeedText.Subreddits)
        {
            for (int i = 1; i <= 6; i++)
            {
                string id = $"EmuR{letter}{i:00}";
                string title = SeedText.Titles[extra.Next(SeedText.Titles.Length)];
                ImageRecord image = Image(id, $"EmuDeletehsR{letter}{i:00}", null, MediaType.Jpeg, 1080, 1350, 250_000 + i * 999, title, "", GalleryEpoch - i * 9 * Hour);
                image.InGallery = true;
                data.Gallery.Add(SocialPost(new GalleryPost(image) { Subreddit = subreddit }));
            }
        }
    }

    /// <summary>
    /// Last, with fixed numbers and no draw from the shared random sources, so that the rest of the seed (which tests
    /// rely on) stays the same.
    /// </summary>
    void AddReadmeExamples()
    {
        foreach ((string subreddit, char letter, string[] titles) in SeedText.ReadmeExamples)
        {
            for (int i = 0; i < titles.Length; i++)
            {
                string id = $"EmuX{letter}{i + 1:00}";
                ImageRecord image = Image(id, $"EmuDeletehsX{letter}{i + 1:00}", null, MediaType.Jpeg, 1080, 1080, 180_000 + i * 777, titles[i], "", GalleryEpoch - (i + 1) * 7 * Hour);
                image.InGallery = true;
                data.Gallery.Add(new GalleryPost(image) { Subreddit = subreddit, Ups = 900 + i * 10, Downs = 12, Score = 1000, FavoriteCount = 100 });
            }
        }
    }

    GalleryPost SocialPost(GalleryPost post)
    {
        post.Ups = extra.Next(50, 5000);
        post.Downs = extra.Next(0, post.Ups / 10);
        post.Score = post.Points + extra.Next(0, 500);
        post.FavoriteCount = post.Ups / 8;
        return post;
    }

    /// <summary>Fixed threads on the seeded accounts' posts, then a few random ones on the gallery's first posts.</summary>
    void AddComments()
    {
        Comment(2000000001, "EmuGal1", friend, "What a great shot!", 0, 47, 12, 0);
        Comment(2000000002, "EmuGal1", user, "Thank you! Taken on an old phone.", 2000000001, 46, 5, 0);
        Comment(2000000003, "EmuGal1", friend, "It doesn't show.", 2000000002, 45, 2, 0);
        Comment(2000000004, "EmuGal1", other, "Where was this taken?", 0, 44, 3, 1);
        Comment(2000000005, "EmuFrd1", user, "This made my day.", 0, 20, 40, 0);
        Comment(2000000006, "EmuFrd1", other, "Same here.", 2000000005, 19, 4, 0);
        Comment(2000000007, "EmuFrd1", user, "My dog does the same.", 0, 18, 8, 2);
        Comment(2000000008, "EmuOth1", friend, "Nice view.", 0, 10, 1, 0);

        long id = 2000001000;
        foreach (GalleryPost post in data.Gallery.Where(p => p.IsMain).Take(12))
        {
            long parent = 0;
            int count = extra.Next(1, 5);
            for (int i = 0; i < count; i++)
            {
                Account author = posters[extra.Next(posters.Length)];
                string text = SeedText.Comments[extra.Next(SeedText.Comments.Length)];
                long created = Math.Max(post.Item.Datetime, GalleryEpoch - 30 * Day) + (i + 1) * 600;
                var comment = new CommentRecord
                {
                    Id = ++id,
                    PostId = post.Item.Id,
                    Author = author,
                    Text = text,
                    Datetime = created,
                    ParentId = parent,
                    Ups = extra.Next(0, 300),
                    Downs = extra.Next(0, 20),
                    Platform = SeedText.Platforms[extra.Next(SeedText.Platforms.Length)],
                };
                data.Comments.Add(comment);

                // Every other comment answers the one before, so some threads nest.
                parent = i % 2 == 0 ? comment.Id : 0;
            }
        }
    }

    void Comment(long id, string postId, Account author, string text, long parentId, int hoursAgo, int ups, int downs) =>
        data.Comments.Add(new CommentRecord
        {
            Id = id,
            PostId = postId,
            Author = author,
            Text = text,
            Datetime = GalleryEpoch - hoursAgo * Hour,
            ParentId = parentId,
            Ups = ups,
            Downs = downs,
        });

    void AddNotifications()
    {
        data.Notifications.AddRange(
        [
            new NotificationRecord { Id = 3000001, Recipient = user, CommentId = 2000000001, Viewed = true },
            new NotificationRecord { Id = 3000002, Recipient = user, CommentId = 2000000003 },
            new NotificationRecord { Id = 3000003, Recipient = user, CommentId = 2000000004 },
            new NotificationRecord { Id = 3000004, Recipient = user, ConversationId = 4000001 },
            new NotificationRecord { Id = 3000005, Recipient = user, ConversationId = 4000002, Viewed = true },
            new NotificationRecord { Id = 3000006, Recipient = user, CommentId = 2000000006, Viewed = true },
            new NotificationRecord { Id = 3000007, Recipient = friend, CommentId = 2000000002 },
        ]);
    }

    void AddConversations()
    {
        var chat = new ConversationRecord(4000001, user, friend);
        for (int i = 0; i < 30; i++)
        {
            Account from = i % 2 == 0 ? friend : user;
            chat.Messages.Add(new MessageRecord(5000001 + i, chat.Id, from, $"{SeedText.Chat[i % SeedText.Chat.Length]} ({i + 1}/30)", GalleryEpoch - (30 - i) * Hour));
        }

        var quiet = new ConversationRecord(4000002, user, other);
        quiet.Messages.Add(new MessageRecord(5000031, quiet.Id, other, "Can I use your photo?", GalleryEpoch - 50 * Hour));
        quiet.Messages.Add(new MessageRecord(5000032, quiet.Id, user, "Sure, with credit.", GalleryEpoch - 49 * Hour));

        var elsewhere = new ConversationRecord(4000003, friend, other);
        elsewhere.Messages.Add(new MessageRecord(5000033, elsewhere.Id, friend, "A conversation the seeded user is not part of.", GalleryEpoch - 70 * Hour));

        data.Conversations.AddRange([chat, quiet, elsewhere]);
    }
}
