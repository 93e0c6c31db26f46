using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>The vote counts of a gallery item (Imgur's Vote model).</summary>
public sealed class ImgurVote : ImgurObject
{
    /// <summary>Upvotes.</summary>
    public long Ups { get; set; }

    /// <summary>Downvotes.</summary>
    public long Downs { get; set; }

    /// <summary>The gallery item the votes belong to; Imgur leaves it out, ImgurPS fills it in from the request.</summary>
    [JsonIgnore]
    public string? GalleryId { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"+{Ups} -{Downs}";
}
