using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>AC-05's answer: an object whose available_avatars member lists the avatars (spec 3.21).</summary>
internal sealed class AvailableAvatarList
{
    public ImgurAvailableAvatar[]? AvailableAvatars { get; set; }

    public long? Count { get; set; }
}

/// <summary>AC-33's answer: one page of the block list and the cursor of the next (spec 3.23).</summary>
internal sealed class BlockListPage
{
    public ImgurBlockedAccount[]? Items { get; set; }

    public string? Next { get; set; }
}

/// <summary>NO-01's answer: replies and messages in two lists (spec 2.7).</summary>
internal sealed class NotificationLists
{
    public ImgurNotification[]? Replies { get; set; }

    public ImgurNotification[]? Messages { get; set; }
}
