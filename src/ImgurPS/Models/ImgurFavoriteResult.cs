namespace ImgurPS.Models;

/// <summary>The outcome of a favorite toggle (IM-06, AL-07): which item, and whether it is now a favorite.</summary>
public sealed class ImgurFavoriteResult : ImgurObject
{
    /// <summary>The image or album id.</summary>
    public string? Id { get; set; }

    /// <summary>Image or Album.</summary>
    public string? ItemType { get; set; }

    /// <summary>True when the item is now among the caller's favorites, false when the toggle removed it.</summary>
    public bool IsFavorite { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{ItemType} {Id}: {(IsFavorite ? "favorite" : "not a favorite")}";
}
