using System;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>An image or video on Imgur (Imgur's Image model).</summary>
public class ImgurImage : ImgurObject
{
    /// <summary>The image id (its hash), e.g. AbC1234.</summary>
    public string? Id { get; set; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; set; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>When the image was uploaded.</summary>
    public DateTimeOffset? Datetime { get; set; }

    /// <summary>The MIME type, e.g. image/png or video/mp4.</summary>
    public string? Type { get; set; }

    /// <summary>Whether the image is animated (GIF or video).</summary>
    public bool Animated { get; set; }

    /// <summary>Width in pixels (0 while a video is processed).</summary>
    public int Width { get; set; }

    /// <summary>Height in pixels (0 while a video is processed).</summary>
    public int Height { get; set; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>Number of views.</summary>
    public long Views { get; set; }

    /// <summary>Bytes served.</summary>
    public long Bandwidth { get; set; }

    /// <summary>The delete hash that controls an anonymous image; only shown to its owner.</summary>
    [JsonPropertyName("deletehash")]
    public string? DeleteHash { get; set; }

    /// <summary>The stored file name; only shown to its owner.</summary>
    public string? Name { get; set; }

    /// <summary>The subreddit the image came from, if any.</summary>
    public string? Section { get; set; }

    /// <summary>The direct link to the media.</summary>
    public string? Link { get; set; }

    /// <summary>The .gifv page link of an animated image.</summary>
    public string? Gifv { get; set; }

    /// <summary>The MP4 link of an animated image.</summary>
    public string? Mp4 { get; set; }

    /// <summary>Bytes of the MP4 version.</summary>
    [JsonPropertyName("mp4_size")]
    public long? Mp4Size { get; set; }

    /// <summary>The WebM link of an animated image in legacy payloads (2014-2015).</summary>
    public string? Webm { get; set; }

    /// <summary>Bytes of the legacy WebM version; Imgur sent it as a string.</summary>
    public long? WebmSize { get; set; }

    /// <summary>Whether a video loops.</summary>
    public bool? Looping { get; set; }

    /// <summary>Whether the caller has favorited the image.</summary>
    public bool? Favorite { get; set; }

    /// <summary>Whether the image is marked not safe for work; null when not classified.</summary>
    public bool? Nsfw { get; set; }

    /// <summary>The caller's vote: up, down or null.</summary>
    public string? Vote { get; set; }

    /// <summary>Whether the image is in the public gallery.</summary>
    public bool? InGallery { get; set; }

    /// <summary>Whether the image has been in the most-viral gallery.</summary>
    public bool? InMostViral { get; set; }

    /// <summary>Whether a video has an audio track.</summary>
    public bool? HasSound { get; set; }

    /// <summary>Whether the image is a promoted post.</summary>
    public bool? IsAd { get; set; }

    /// <summary>The ad type; 0 for normal content.</summary>
    public int? AdType { get; set; }

    /// <summary>The ad link; empty for normal content.</summary>
    public string? AdUrl { get; set; }

    /// <summary>Whether the image was edited (Imgur sends "0" or "1").</summary>
    public bool? Edited { get; set; }

    /// <summary>The image's tags.</summary>
    public ImgurTag[]? Tags { get; set; }

    /// <summary>The owner's username; null for anonymous images.</summary>
    public string? AccountUrl { get; set; }

    /// <summary>The owner's account id; null or 0 for anonymous images.</summary>
    public long? AccountId { get; set; }

    /// <summary>An HLS playlist link on some videos.</summary>
    public string? Hls { get; set; }

    /// <summary>The transcoding state of a video.</summary>
    public ImgurProcessing? Processing { get; set; }

    /// <summary>Imgur's ad-safety flags; not for logic.</summary>
    public ImgurAdConfig? AdConfig { get; set; }

    /// <summary>The image id under the name the image cmdlets bind by property name (-ImageId).</summary>
    [JsonIgnore]
    public string? ImageId => Id;

    /// <summary>The local file or URL this image was uploaded from, when ImgurPS uploaded it.</summary>
    [JsonIgnore]
    public string? SourcePath { get; set; }

    /// <inheritdoc />
    public override string ToString() => Link ?? Id ?? string.Empty;
}

/// <summary>The transcoding state of a video upload.</summary>
public sealed class ImgurProcessing
{
    /// <summary>pending or completed.</summary>
    public string? Status { get; set; }

    /// <inheritdoc />
    public override string ToString() => Status ?? string.Empty;
}
