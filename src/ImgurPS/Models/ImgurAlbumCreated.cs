using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>
/// What Imgur answers when an album is created (AL-04): its id and the deletehash that is the only way to edit
/// or delete an anonymous album later (spec Q31). It pipes into the album cmdlets by -AlbumId and -DeleteHash.
/// </summary>
public sealed class ImgurAlbumCreated : ImgurObject
{
    /// <summary>The new album's id (its hash).</summary>
    public string? Id { get; set; }

    /// <summary>The deletehash that controls the album; keep it for anonymous albums.</summary>
    [JsonPropertyName("deletehash")]
    public string? DeleteHash { get; set; }

    /// <summary>The album id under the name the album cmdlets bind by property name (-AlbumId).</summary>
    [JsonIgnore]
    public string? AlbumId => Id;

    /// <summary>The album's page, https://imgur.com/a/{id}.</summary>
    [JsonIgnore]
    public string? Link => Id is null ? null : "https://imgur.com/a/" + Id;

    /// <inheritdoc />
    public override string ToString() => Id ?? string.Empty;
}
