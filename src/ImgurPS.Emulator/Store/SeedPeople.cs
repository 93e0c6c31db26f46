using System.Collections.Generic;
using System.Linq;
using ImgurPS.Emulator.Media;

namespace ImgurPS.Emulator.Store;

/// <summary>
/// The seeded accounts and what they own. Every id here is fixed and listed in the README's
/// "Seeded data", because tests rely on them: change one only together with that list.
/// </summary>
sealed partial class Seed
{
    public const long UserId = 1000001;
    public const long FriendId = 1000002;
    public const long OtherId = 1000003;
    public const long BlockedId = 1000004;

    /// <summary>The access token of <c>emu-friend</c>, for tests that act as a second user.</summary>
    public const string FriendToken = "emulator-friend-token";

    Account user = null!;
    Account friend = null!;
    Account other = null!;
    Account blocked = null!;

    static Account NewUser(string username) => new(UserId, username)
    {
        Bio = "I test ImgurPS against the emulator.",
        AvatarName = "cat",
        Reputation = 1234,
        Created = GalleryEpoch - 800 * Day,
        Email = $"{username}@example.com",
        EmailVerified = true,
        AcceptedGalleryTerms = true,
    };

    void AddPeople()
    {
        user = data.User;
        friend = new Account(FriendId, "emu-friend")
        {
            Bio = "Second seeded user.",
            AvatarName = "dog",
            Reputation = 450,
            Created = GalleryEpoch - 500 * Day,
            Email = "emu-friend@example.com",
            PublicImages = true,
        };
        other = new Account(OtherId, "emu-other")
        {
            Reputation = -5,
            Created = GalleryEpoch - 60 * Day,
            Email = "emu-other@example.com",
            EmailVerified = true,
            MessagingEnabled = false,
        };
        blocked = new Account(BlockedId, "emu-blocked") { Reputation = 10, Created = GalleryEpoch - 30 * Day, Email = "emu-blocked@example.com" };
        data.Accounts.InsertRange(0, [user, friend, other, blocked]);
        data.AccessTokens[FriendToken] = friend;

        user.Trophies.Add(new Trophy(1, "Emulator Veteran", "emulator_veteran", "Ran the emulator more than once.", null, null, GalleryEpoch - 100 * Day, "https://s.imgur.com/images/trophies/emulator_veteran.png"));
        user.Trophies.Add(new Trophy(2, "Gallery Submitter", "gallery_submitter", "Shared a post to the gallery.", "EmuGal1", "https://imgur.com/gallery/EmuGal1", GalleryEpoch - 2 * Day, "https://s.imgur.com/images/trophies/gallery_submitter.png"));
        user.FollowedTags.UnionWith(["cats", "nature"]);
        user.CustomTags.AddRange(["cats", "dogs", "aww"]);
        user.BlockedTags.Add("food");
        user.Blocked.Add(blocked.Id);
        friend.FollowedTags.Add("funny");

        long day3 = GalleryEpoch - 3 * Day;
        ImageRecord img1 = Image("EmuImg1", "EmuDeletehash01", user, MediaType.Png, 640, 480, 182_044, "Emulator test image 1", "test-1.png", day3);
        ImageRecord img2 = Image("EmuImg2", "EmuDeletehash02", user, MediaType.Jpeg, 1024, 768, 96_310, "Emulator test image 2", "test-2.jpg", day3);
        Image("EmuImg3", "EmuDeletehash03", user, MediaType.Gif, 320, 240, 412_877, "Emulator test image 3", "test-3.gif", day3);
        Image("EmuImg4", "EmuDeletehash04", user, MediaType.Png, 800, 600, 250_000, "Hidden test image", "hidden.png", day3 + 600, Privacy.Hidden);
        Album("EmuAlbm", "EmuDeletehashA1", user, "Emulator test album", day3, Privacy.Public, img1, img2).Description = "Two of the seeded user's images.";
        Album("EmuAlb2", "EmuDeletehashA2", user, "Empty hidden album", day3 + 600, Privacy.Hidden);
        Image("EmuGal1", "EmuDeletehashG1", user, MediaType.Jpeg, 1200, 900, 310_000, "Emulator gallery post", "gallery-1.jpg", GalleryEpoch - 2 * Day);
        ImageRecord gal2 = Image("EmuGal2", "EmuDeletehashG2", user, MediaType.Png, 640, 640, 200_000, null, "gallery-2.png", GalleryEpoch - 2 * Day);
        ImageRecord gal3 = Image("EmuGal3", "EmuDeletehashG3", user, MediaType.Jpeg, 1080, 1350, 280_000, null, "gallery-3.jpg", GalleryEpoch - 2 * Day);
        Album("EmuGalA", "EmuDeletehashGA", user, "Emulator gallery album", GalleryEpoch - 2 * Day, Privacy.Public, gal2, gal3);

        ImageRecord frd1 = Image("EmuFrd1", "EmuDeletehashF1", friend, MediaType.Jpeg, 1920, 1080, 420_000, "The dog learned to open the fridge", "fridge.jpg", GalleryEpoch - Day);
        Image("EmuFrd2", "EmuDeletehashF2", friend, MediaType.Png, 500, 281, 90_000, "Friend's hidden image", "hidden.png", GalleryEpoch - 5 * Day, Privacy.Hidden);
        ImageRecord frd3 = Image("EmuFrd3", "EmuDeletehashF3", friend, MediaType.Jpeg, 800, 600, 120_000, "Friend's secret image", "secret.jpg", GalleryEpoch - 5 * Day, Privacy.Secret);
        Album("EmuFrdA", "EmuDeletehashFA", friend, "Friend's public album", GalleryEpoch - 4 * Day, Privacy.Public, frd1);
        Album("EmuFrdS", "EmuDeletehashFS", friend, "Friend's secret album", GalleryEpoch - 4 * Day, Privacy.Secret, frd3);

        ImageRecord oth1 = Image("EmuOth1", "EmuDeletehashO1", other, MediaType.Jpeg, 1920, 1080, 390_000, "Foggy hills at dawn", "hills.jpg", GalleryEpoch - 12 * 3600);
        ImageRecord oth2 = Image("EmuOth2", "EmuDeletehashO2", other, MediaType.Png, 640, 480, 150_000, "Other's secret image", "secret.png", GalleryEpoch - 6 * Day, Privacy.Secret);
        Album("EmuOthA", "EmuDeletehashOA", other, "Other's hidden album", GalleryEpoch - 6 * Day, Privacy.Hidden, oth1, oth2);

        Image("EmuBlk1", "EmuDeletehashB1", blocked, MediaType.Png, 640, 480, 100_000, "Blocked user's image", "blocked.png", GalleryEpoch - 9 * Day);

        ImageRecord anon = Image("EmuAnon", "EmuDeletehashN1", null, MediaType.Png, 320, 240, 40_000, "Anonymous upload", "anon.png", GalleryEpoch - 7 * Day);
        Album("EmuAnoA", "EmuDeletehashNA", null, "Anonymous album", GalleryEpoch - 7 * Day, Privacy.Public, anon);

        user.Favorites.AddRange([new Favorite("EmuImg2", GalleryEpoch - 3 * Day), new Favorite("EmuFrdA", GalleryEpoch - 2 * Day), new Favorite("EmuFrd1", GalleryEpoch - Day)]);
        user.Votes["EmuFrd1"] = "up";
    }

    /// <summary>The seeded accounts' gallery posts, added after the random gallery so it stays the same.</summary>
    void AddPeoplePosts()
    {
        Post("EmuGal1", 120, 4, 300, 12, 2, "cats", "aww");
        Post("EmuGalA", 45, 3, 90, 4, 4, "diy");
        Post("EmuFrd1", 300, 10, 800, 31, 1, "funny", "dogs");
        Post("EmuOth1", 20, 8, 30, 1, 6, "nature", "food");
    }

    void Post(string id, int ups, int downs, int score, int favorites, int topicId, params string[] tagNames)
    {
        ImgurItem item = (ImgurItem?)images.FirstOrDefault(i => i.Id == id) ?? albums.First(a => a.Id == id);
        item.InGallery = true;
        var post = new GalleryPost(item)
        {
            Ups = ups,
            Downs = downs,
            Score = score,
            FavoriteCount = favorites,
            Topic = SeedText.Topics.First(t => t.Id == topicId),
        };
        Tagged(post, tagNames.Select(name => tags.First(t => t.Name == name)));
        data.Gallery.Add(post);
    }

    ImageRecord Image(string id, string deletehash, Account? owner, MediaType media, int width, int height, long size, string? title, string name, long datetime, Privacy privacy = Privacy.Public)
    {
        usedKeys.UnionWith([id, deletehash]);
        var image = new ImageRecord
        {
            Id = id,
            Deletehash = deletehash,
            Owner = owner,
            Datetime = datetime,
            Title = title,
            Media = media,
            Animated = media == MediaType.Gif,
            Width = width,
            Height = height,
            Size = size,
            Name = name,
            Views = size / 1000,
            Privacy = privacy,
        };
        images.Add(image);
        return image;
    }

    AlbumRecord Album(string id, string deletehash, Account? owner, string title, long datetime, Privacy privacy, params IEnumerable<ImageRecord> content)
    {
        usedKeys.UnionWith([id, deletehash]);
        var album = new AlbumRecord { Id = id, Deletehash = deletehash, Owner = owner, Datetime = datetime, Title = title, Privacy = privacy, Views = 1234 };
        album.ImageIds.AddRange(content.Select(image => image.Id));
        albums.Add(album);
        return album;
    }
}
