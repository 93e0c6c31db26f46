namespace ImgurPS.Models;

/// <summary>A signed-in user's custom gallery, or the items their blocked tags filter out (Imgur's Custom Gallery model).</summary>
public sealed class ImgurCustomGallery : ImgurObject
{
    /// <summary>The owner's username.</summary>
    public string? AccountUrl { get; set; }

    /// <summary>The web address of the custom gallery.</summary>
    public string? Link { get; set; }

    /// <summary>The tags the gallery is made of.</summary>
    public string[]? Tags { get; set; }

    /// <summary>The number of items in the whole gallery.</summary>
    public long? ItemCount { get; set; }

    /// <summary>The items of the page that was asked for.</summary>
    public IImgurGalleryItem[]? Items { get; set; }

    /// <inheritdoc />
    public override string ToString() => Link ?? AccountUrl ?? string.Empty;
}
