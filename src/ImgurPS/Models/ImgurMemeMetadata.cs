namespace ImgurPS.Models;

/// <summary>What a memes-gallery image was made from (Imgur's Meme Metadata model).</summary>
public sealed class ImgurMemeMetadata
{
    /// <summary>The meme template's name.</summary>
    public string? MemeName { get; set; }

    /// <summary>The caption at the top.</summary>
    public string? TopText { get; set; }

    /// <summary>The caption at the bottom.</summary>
    public string? BottomText { get; set; }

    /// <summary>Image id of the template's background.</summary>
    public string? BgImage { get; set; }

    /// <inheritdoc />
    public override string ToString() => MemeName ?? string.Empty;
}
