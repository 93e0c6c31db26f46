using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>A user's gallery activity and trophies (Imgur's Gallery Profile model).</summary>
public sealed class ImgurGalleryProfile : ImgurObject
{
    /// <summary>The user the profile belongs to, as asked for (Imgur does not send it).</summary>
    [JsonIgnore]
    public string? Username { get; set; }

    /// <summary>Number of gallery comments.</summary>
    public long TotalGalleryComments { get; set; }

    /// <summary>Number of gallery favorites (very old answers called it total_gallery_likes).</summary>
    public long TotalGalleryFavorites { get; set; }

    /// <summary>Number of gallery submissions.</summary>
    public long TotalGallerySubmissions { get; set; }

    /// <summary>The trophies the user has been awarded.</summary>
    public ImgurTrophy[]? Trophies { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{TotalGallerySubmissions} submissions, {TotalGalleryComments} comments, {TotalGalleryFavorites} favorites";
}

/// <summary>A trophy of a gallery profile.</summary>
public sealed class ImgurTrophy
{
    /// <summary>The trophy id (a number or a string, kept as text).</summary>
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    public string? Name { get; set; }

    /// <summary>The machine name.</summary>
    public string? NameClean { get; set; }

    /// <summary>What the trophy is for.</summary>
    public string? Description { get; set; }

    /// <summary>The reason data, e.g. a link target, or null.</summary>
    public string? Data { get; set; }

    /// <summary>A URL related to the trophy, or null.</summary>
    public string? DataLink { get; set; }

    /// <summary>When the trophy was awarded.</summary>
    public DateTimeOffset? Datetime { get; set; }

    /// <summary>The trophy image URL.</summary>
    public string? Image { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name ?? string.Empty;
}
