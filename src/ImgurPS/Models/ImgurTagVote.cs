using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>A tag on a gallery item with its votes (Imgur's Tag Vote model).</summary>
public sealed class ImgurTagVote : ImgurObject
{
    /// <summary>The tag name.</summary>
    public string? Name { get; set; }

    /// <summary>Upvotes of the tag on this item.</summary>
    public long Ups { get; set; }

    /// <summary>Downvotes of the tag on this item.</summary>
    public long Downs { get; set; }

    /// <summary>The user who added the tag.</summary>
    public string? Author { get; set; }

    /// <summary>The gallery item the tag is on; Imgur leaves it out, ImgurPS fills it in from the request.</summary>
    [JsonIgnore]
    public string? GalleryId { get; set; }

    /// <summary>The tag name under the name the tag cmdlets bind by property name (-TagName).</summary>
    [JsonIgnore]
    public string? TagName => Name;

    /// <inheritdoc />
    public override string ToString() => Name ?? string.Empty;
}
