namespace ImgurPS.Models;

/// <summary>Imgur's tag listing (/3/tags): the popular tags, the featured tag and the curated galleries.</summary>
public sealed class ImgurTagList : ImgurObject
{
    /// <summary>The default and popular tags.</summary>
    public ImgurTag[]? Tags { get; set; }

    /// <summary>The name of the featured tag.</summary>
    public string? Featured { get; set; }

    /// <summary>Imgur's curated galleries.</summary>
    public ImgurTagListGallery[]? Galleries { get; set; }

    /// <inheritdoc />
    public override string ToString() => Featured ?? string.Empty;
}

/// <summary>A curated gallery in the tag listing.</summary>
public sealed class ImgurTagListGallery
{
    /// <summary>The gallery's id.</summary>
    public string? Id { get; set; }

    /// <summary>The gallery's name.</summary>
    public string? Name { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name ?? Id ?? string.Empty;
}
