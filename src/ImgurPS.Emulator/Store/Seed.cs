using System;
using System.Collections.Generic;
using System.Linq;
using ImgurPS.Emulator.Media;

namespace ImgurPS.Emulator.Store;

/// <summary>
/// Builds the emulator's start state: the seeded user's images and album, and the public gallery.
/// A fixed random seed and a fixed "now" make every run, on every machine, serve the same data.
/// </summary>
sealed class Seed
{
    /// <summary>The moment the seeded gallery was captured (2025-01-01 UTC); its windows count back from here.</summary>
    public const long GalleryEpoch = 1735689600;

    const int RandomSeed = 20250101;
    const long Day = 24 * 60 * 60;

    static readonly (int Width, int Height)[] Dimensions =
        [(1080, 1350), (1920, 1080), (1080, 1920), (800, 600), (640, 640), (1200, 900), (500, 281)];

    readonly Random rng = new(RandomSeed);
    readonly HashSet<string> usedKeys = new(StringComparer.Ordinal);
    readonly List<ImageRecord> images = [];
    readonly List<AlbumRecord> albums = [];
    readonly Account[] posters;
    readonly Tag[] tags;

    Seed()
    {
        posters = SeedText.Posters.Select((name, i) => new Account(20_000_000 + i * 7919L, name)).ToArray();
        tags = SeedText.Tags
            .Select(t => new Tag(t.Name, t.DisplayName, rng.Next(1_000, 250_000), rng.Next(500, 90_000), t.Accent, Key(7), t.Description))
            .ToArray();
    }

    public static ImgurStore Build(EmulatorOptions options) => new Seed().BuildStore(options);

    ImgurStore BuildStore(EmulatorOptions options)
    {
        var user = new Account(1000001, options.Username);
        AddUserContent(user);
        List<GalleryPost> gallery = Enumerable.Range(0, options.GallerySize).Select(_ => NextPost()).ToList();
        return new ImgurStore(user, images, albums, gallery);
    }

    /// <summary>The seeded user's content has fixed ids, documented in the README, so users can try them.</summary>
    void AddUserContent(Account user)
    {
        long uploaded = GalleryEpoch - 3 * Day;
        ImageRecord UserImage(string id, string deletehash, MediaType media, int width, int height, long size, string title, string name)
        {
            usedKeys.Add(id);
            usedKeys.Add(deletehash);
            var image = new ImageRecord
            {
                Id = id,
                Deletehash = deletehash,
                Owner = user,
                Datetime = uploaded,
                Title = title,
                Media = media,
                Animated = media == MediaType.Gif,
                Width = width,
                Height = height,
                Size = size,
                Name = name,
            };
            images.Add(image);
            return image;
        }

        ImageRecord first = UserImage("EmuImg1", "EmuDeletehash01", MediaType.Png, 640, 480, 182_044, "Emulator test image 1", "test-1.png");
        ImageRecord second = UserImage("EmuImg2", "EmuDeletehash02", MediaType.Jpeg, 1024, 768, 96_310, "Emulator test image 2", "test-2.jpg");
        UserImage("EmuImg3", "EmuDeletehash03", MediaType.Gif, 320, 240, 412_877, "Emulator test image 3", "test-3.gif");

        usedKeys.UnionWith(["EmuAlbm", "EmuDeletehashA1"]);
        var album = new AlbumRecord
        {
            Id = "EmuAlbm",
            Deletehash = "EmuDeletehashA1",
            Owner = user,
            Datetime = uploaded,
            Title = "Emulator test album",
            Description = "Two of the seeded user's images.",
        };
        album.ImageIds.AddRange([first.Id, second.Id]);
        albums.Add(album);
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
        return new GalleryPost(
            item,
            ups,
            downs,
            score,
            CommentCount: (int)(ups * Between(0.03, 0.15)),
            FavoriteCount: (int)(ups * Between(0.05, 0.3)),
            Topic: rng.NextDouble() < 0.85 ? Pick(SeedText.Topics) : null,
            Tags: tags.OrderBy(_ => rng.Next()).Take(rng.Next(0, 4)).ToArray());
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
