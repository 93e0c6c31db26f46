using System.Collections.Generic;

namespace ImgurPS.Emulator.Store;

/// <summary>One of a user's favorites (spec AC-02, AC-03), with when it was added for the sort orders.</summary>
public sealed record Favorite(string ItemId, long Added);

/// <summary>A trophy on a gallery profile (spec 3.8).</summary>
public sealed record Trophy(int Id, string Name, string NameClean, string Description, string? Data, string? DataLink, long Datetime, string Image);

/// <summary>
/// An Imgur account: the seeded users and the gallery's posters. Profile and settings change through
/// the account routes, and the per-user social state (favorites, votes, tags, blocks) lives here,
/// always changed under the store's lock.
/// </summary>
public sealed class Account(long id, string username)
{
    public long Id { get; } = id;

    /// <summary>Changes through the settings route (AC-08); tokens keep pointing at the same account.</summary>
    public string Username { get; set; } = username;

    public string? Bio { get; set; }
    public string AvatarName { get; set; } = "default";
    public double Reputation { get; init; }
    public long Created { get; init; }
    public string Email { get; init; } = "";
    public bool EmailVerified { get; init; }

    // Settings (spec 3.7).
    public bool PublicImages { get; set; }
    public bool MessagingEnabled { get; set; } = true;
    public string AlbumPrivacy { get; set; } = "public";
    public bool AcceptedGalleryTerms { get; set; }
    public bool ShowMature { get; set; }
    public bool NewsletterSubscribed { get; set; }
    public bool CommentReplies { get; set; } = true;

    /// <summary>Set by the account-delete routes; the account then no longer exists for any route or token.</summary>
    public bool Deleted { get; set; }

    public List<Favorite> Favorites { get; } = [];

    /// <summary>This user's votes on gallery posts, by post id: "up" or "down".</summary>
    public Dictionary<string, string> Votes { get; } = [];

    /// <summary>This user's votes on comments, by comment id.</summary>
    public Dictionary<long, string> CommentVotes { get; } = [];

    /// <summary>This user's votes on the tags of gallery posts, keyed "postId/tag".</summary>
    public Dictionary<string, string> TagVotes { get; } = [];

    public HashSet<string> FollowedTags { get; } = [];

    /// <summary>The tags making up the custom gallery (CG-01).</summary>
    public List<string> CustomTags { get; } = [];

    /// <summary>The tags whose items the filtered gallery holds (CG-05..07).</summary>
    public List<string> BlockedTags { get; } = [];

    /// <summary>Account ids this user blocked, in the order blocked.</summary>
    public List<long> Blocked { get; } = [];

    public List<Trophy> Trophies { get; } = [];

    public string AvatarUrl => AvatarCatalog.Url(AvatarName);

    /// <summary>Imgur's notoriety labels (spec 3.6).</summary>
    public string ReputationName => Reputation switch
    {
        < 0 => "Forever Alone",
        < 400 => "Neutral",
        < 1000 => "Accepted",
        < 2000 => "Liked",
        < 4000 => "Trusted",
        < 8000 => "Idolized",
        < 20000 => "Renowned",
        _ => "Glorious",
    };
}

/// <summary>The avatars any account may choose (AC-05, AC-08).</summary>
public static class AvatarCatalog
{
    public static IReadOnlyList<string> Names { get; } = ["default", "cat", "dog", "owl", "moon", "pizza"];

    public static string Url(string name) => $"https://i.imgur.com/avatar_{name}.png";
}
