using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>A gallery tag (Imgur's Tag model).</summary>
public sealed class ImgurTag : ImgurObject
{
    /// <summary>The tag's numeric id, as a string; only in the /3/tags listing.</summary>
    public string? Id { get; set; }

    /// <summary>The tag name, lower case, as used in URLs.</summary>
    public string? Name { get; set; }

    /// <summary>The name as displayed.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Number of users following the tag.</summary>
    public long? Followers { get; set; }

    /// <summary>Number of gallery items with the tag.</summary>
    public long? TotalItems { get; set; }

    /// <summary>Whether the caller follows the tag.</summary>
    public bool? Following { get; set; }

    /// <summary>Whether the tag is whitelisted.</summary>
    public bool? IsWhitelisted { get; set; }

    /// <summary>Image id of the tag's background.</summary>
    public string? BackgroundHash { get; set; }

    /// <summary>Image id of the tag's thumbnail.</summary>
    public string? ThumbnailHash { get; set; }

    /// <summary>Accent colour of the tag page.</summary>
    public string? Accent { get; set; }

    /// <summary>Whether the background is animated.</summary>
    public bool? BackgroundIsAnimated { get; set; }

    /// <summary>Whether the thumbnail is animated.</summary>
    public bool? ThumbnailIsAnimated { get; set; }

    /// <summary>Whether the tag is promoted.</summary>
    public bool? IsPromoted { get; set; }

    /// <summary>The tag's description.</summary>
    public string? Description { get; set; }

    /// <summary>Image id of the tag's logo.</summary>
    public string? LogoHash { get; set; }

    /// <summary>Where the logo links to.</summary>
    public string? LogoDestinationUrl { get; set; }

    /// <summary>One page of the tag's gallery items; only in the tag gallery (TG-03).</summary>
    public IImgurGalleryItem[]? Items { get; set; }

    /// <summary>The tag name under the name the tag cmdlets bind by property name (-TagName).</summary>
    [JsonIgnore]
    public string? TagName => Name;

    /// <inheritdoc />
    public override string ToString() => Name ?? string.Empty;
}
