namespace ImgurPS.Models;

/// <summary>What Save-ImgurImage and Save-ImgurAlbum did with one item: saved, skipped as already there, or failed.</summary>
public enum ImgurSaveStatus
{
    /// <summary>The file was downloaded and moved into place.</summary>
    Saved,

    /// <summary>The file was already there with the expected size, or the archive lists the item.</summary>
    Skipped,

    /// <summary>Nothing was saved; the error says why (removed image, refused host, network).</summary>
    Failed,
}

/// <summary>Which file of an image to save: the original, the MP4 or GIF of an animation, or a thumbnail (always JPEG, spec Q27).</summary>
public enum ImgurMediaVariant
{
    /// <summary>The file the image's link names.</summary>
    Original,

    /// <summary>The MP4 of an animation (GIF or video).</summary>
    Mp4,

    /// <summary>The GIF of an animation.</summary>
    Gif,

    /// <summary>90x90 square thumbnail (suffix s).</summary>
    ThumbnailSmallSquare,

    /// <summary>160x160 square thumbnail (suffix b).</summary>
    ThumbnailBigSquare,

    /// <summary>160 px thumbnail, aspect kept (suffix t).</summary>
    ThumbnailSmall,

    /// <summary>320 px thumbnail (suffix m).</summary>
    ThumbnailMedium,

    /// <summary>640 px thumbnail (suffix l).</summary>
    ThumbnailLarge,

    /// <summary>1024 px thumbnail (suffix h).</summary>
    ThumbnailHuge,
}

/// <summary>One item of a Save-ImgurImage or Save-ImgurAlbum run, as its report (Export-Csv) lists it.</summary>
public sealed class ImgurSavedFile
{
    /// <summary>The image id.</summary>
    public string? Id { get; set; }

    /// <summary>The album the image was saved from; null for single images.</summary>
    public string? AlbumId { get; set; }

    /// <summary>Saved, Skipped or Failed.</summary>
    public ImgurSaveStatus Status { get; set; }

    /// <summary>The file's full path; for a failed item, where it would have gone (null when unknown).</summary>
    public string? Path { get; set; }

    /// <summary>The file's size in bytes; 0 when nothing was saved.</summary>
    public long Size { get; set; }

    /// <summary>The address the bytes were (or would have been) downloaded from.</summary>
    public string? Link { get; set; }

    /// <summary>Why a failed item failed; null otherwise.</summary>
    public string? Error { get; set; }
}
