using System.Collections.Generic;

namespace ImgurPS.Emulator.Store;

/// <summary>An image or album in the public gallery, with the social numbers the gallery adds.</summary>
public sealed record GalleryPost(
    ImgurItem Item,
    int Ups,
    int Downs,
    int Score,
    int CommentCount,
    int FavoriteCount,
    Topic? Topic,
    IReadOnlyList<Tag> Tags)
{
    public int Points => Ups - Downs;
}

/// <summary>A gallery tag (spec 3.13), reduced to the fields that vary.</summary>
public sealed record Tag(
    string Name,
    string DisplayName,
    int Followers,
    int TotalItems,
    string Accent,
    string BackgroundHash,
    string Description);

/// <summary>A gallery topic, as named on a post.</summary>
public sealed record Topic(int Id, string Name);
