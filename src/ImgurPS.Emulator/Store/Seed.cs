using System;
using System.Collections.Generic;
using System.Linq;
using ImgurPS.Emulator.Media;

namespace ImgurPS.Emulator.Store;

/// <summary>
/// Builds the emulator's start state: the seeded accounts and their content (SeedPeople.cs), the
/// public gallery (here), and the memes, subreddits, comments and messages around it (SeedSocial.cs).
/// A fixed random seed and a fixed "now" make every run, on every machine, serve the same data.
/// </summary>
sealed partial class Seed
{
    /// <summary>The moment the seeded gallery was captured (2025-01-01 UTC); its windows count back from here.</summary>
    public const long GalleryEpoch = 1735689600;

    const int RandomSeed = 20250101;
    const long Day = 24 * 60 * 60;

    static readonly (int Width, int Height)[] Dimensions =
        [(1080, 1350), (1920, 1080), (1080, 1920), (800, 600), (640, 640), (1200, 900), (500, 281)];

    // The gallery draws from rng alone, so it stays the same whatever else is seeded; the additions
    // of SeedSocial.cs draw from extra, after the gallery is built.
    readonly Random rng = new(RandomSeed);
    readonly Random extra = new(RandomSeed + 1);
    readonly HashSet<string> usedKeys = new(StringComparer.Ordinal);
    readonly List<ImageRecord> images;
    readonly List<AlbumRecord> albums;
    readonly Account[] posters;
    readonly Tag[] tags;
    readonly SeedData data;

    Seed(EmulatorOptions options)
    {
        data = new SeedData { User = NewUser(options.Username) };
        images = data.Images;
        albums = data.Albums;
        posters = SeedText.Posters.Select((name, i) => new Account(20_000_000 + i * 7919L, name)
        {
            Reputation = i * 1237 % 25_000,
            Created = GalleryEpoch - (400 + i * 97) * Day,
            Email = $"{name.ToLowerInvariant()}@example.com",
            EmailVerified = true,
            PublicImages = true,
        }).ToArray();
        data.Accounts.AddRange(posters);

        // The second draw was once the tag's item count, now counted from the posts; it stays so the gallery does not change.
        tags = SeedText.Tags
            .Select((t, i) =>
            {
                int followers = rng.Next(1_000, 250_000);
                rng.Next(500, 90_000);
                return new Tag(i + 1, t.Name, t.DisplayName, t.Accent, Key(7), t.Description) { Followers = followers };
            })
            .ToArray();
        data.Tags.AddRange(tags);
        data.Topics.AddRange(SeedText.Topics);
    }

    public static SeedData Build(EmulatorOptions options) => new Seed(options).BuildData(options);

    SeedData BuildData(EmulatorOptions options)
    {
        AddPeople();
        data.Gallery.AddRange(Enumerable.Range(0, options.GallerySize).Select(_ => NextPost()));
        AddPeoplePosts();
        AddMemes();
        AddSubreddits();
        AddComments();
        AddNotifications();
        AddConversations();
        AddReadmeExamples();
        return data;
    }

    GalleryPost NextPost()
    {
        Account poster = Pick(posters);
        long datetime = GalleryEpoch - (long)LogUniform(600, 40_000_000);
        string title = Pick(SeedText.Titles);
        bool nsfw = rng.NextDouble() < 0.06;
        bool viral = rng.NextDouble() < 0.6;
        ImgurItem item = rng.Next(4) == 0
            ? NewAlbum(poster, datetime, title, nsfw, viral)
            : NewImage(poster, datetime, title, inGallery: true, nsfw, viral);

        int ups = (int)(item.Views * Between(0.002, 0.03));
        int downs = (int)(ups * Between(0.01, 0.12));
        int score = (int)((ups - downs) * Between(0.8, 1.8) + item.Views / 400.0);

        // Once the comment count; comments are now real records, counted where shown.
        Between(0.03, 0.15);
        var post = new GalleryPost(item)
        {
            Ups = ups,
            Downs = downs,
            Score = score,
            FavoriteCount = (int)(ups * Between(0.05, 0.3)),
            Topic = rng.NextDouble() < 0.85 ? Pick(SeedText.Topics) : null,
        };
        Tagged(post, tags.OrderBy(_ => rng.Next()).Take(rng.Next(0, 4)));
        return post;
    }

    static void Tagged(GalleryPost post, IEnumerable<Tag> chosen)
    {
        foreach (Tag tag in chosen)
        {
            post.Tags.Add(tag);
            post.TagVotes[tag.Name] = new TagVote(tag.Name, post.Item.Owner?.Username ?? "") { Ups = 1 + post.Ups / 50 };
        }
    }

    AlbumRecord NewAlbum(Account owner, long datetime, string title, bool nsfw, bool viral)
    {
        var album = new AlbumRecord
        {
            Id = Key(7),
            Deletehash = Key(15),
            Owner = owner,
            Datetime = datetime,
            Title = title,
            Description = Maybe(0.25, SeedText.Descriptions),
            Views = (long)LogUniform(2_000, 3_000_000),
            Nsfw = nsfw,
            InGallery = true,
            InMostViral = viral,
        };
        int count = rng.Next(2, 7);
        for (int i = 0; i < count; i++)
        {
            album.ImageIds.Add(NewImage(owner, datetime, title: null, inGallery: false, nsfw, viral: false).Id);
        }

        albums.Add(album);
        return album;
    }

    ImageRecord NewImage(Account owner, long datetime, string? title, bool inGallery, bool nsfw, bool viral)
    {
        double roll = rng.NextDouble();
        (MediaType media, double bytesPerPixel) = roll switch
        {
            < 0.55 => (MediaType.Jpeg, 0.25),
            < 0.78 => (MediaType.Png, 1.1),
            < 0.92 => (MediaType.Gif, 2.0),
            _ => (MediaType.Mp4, 3.0),
        };
        (int width, int height) = Pick(Dimensions);
        var image = new ImageRecord
        {
            Id = Key(7),
            Deletehash = Key(15),
            Owner = owner,
            Datetime = datetime,
            Title = title,
            Description = Maybe(0.2, SeedText.Descriptions),
            Views = (long)LogUniform(2_000, 3_000_000),
            Nsfw = nsfw,
            InGallery = inGallery,
            InMostViral = viral,
            Media = media,
            Animated = media == MediaType.Gif || media.IsVideo,
            Width = width,
            Height = height,
            Size = (long)(width * height * bytesPerPixel * Between(0.8, 1.2)),
        };
        images.Add(image);
        return image;
    }

    T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    double Between(double low, double high) => low + rng.NextDouble() * (high - low);

    /// <summary>Spreads values over orders of magnitude, as ages and view counts are.</summary>
    double LogUniform(double low, double high) => Math.Exp(Between(Math.Log(low), Math.Log(high)));

    string? Maybe(double chance, string[] texts) => rng.NextDouble() < chance ? Pick(texts) : null;

    string Key(int length)
    {
        string key;
        do
        {
            key = Ids.Alphanumeric(length, rng);
        }
        while (!usedKeys.Add(key));

        return key;
    }
}
