using System.Collections.Generic;

namespace ImgurPS.Emulator.Store;

/// <summary>Everything the seed produces, handed to the store in one piece.</summary>
public sealed class SeedData
{
    public required Account User { get; init; }
    public List<Account> Accounts { get; } = [];
    public List<ImageRecord> Images { get; } = [];
    public List<AlbumRecord> Albums { get; } = [];
    public List<GalleryPost> Gallery { get; } = [];
    public List<Tag> Tags { get; } = [];
    public List<Topic> Topics { get; } = [];
    public List<CommentRecord> Comments { get; } = [];
    public List<NotificationRecord> Notifications { get; } = [];
    public List<ConversationRecord> Conversations { get; } = [];

    /// <summary>The stock meme backgrounds (MG-01).</summary>
    public List<ImageRecord> MemeDefaults { get; } = [];

    /// <summary>Extra access tokens for seeded accounts other than the main user.</summary>
    public Dictionary<string, Account> AccessTokens { get; } = [];
}
