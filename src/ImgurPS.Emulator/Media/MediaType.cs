using System;
using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Media;

/// <summary>A file type Imgur accepts (spec 1.13), with the extension its links use.</summary>
public sealed record MediaType(string Mime, string Extension, bool IsVideo)
{
    public static readonly MediaType Png = new("image/png", "png", false);
    public static readonly MediaType Jpeg = new("image/jpeg", "jpg", false);
    public static readonly MediaType Gif = new("image/gif", "gif", false);
    public static readonly MediaType Webp = new("image/webp", "webp", false);
    public static readonly MediaType Tiff = new("image/tiff", "tiff", false);
    public static readonly MediaType Bmp = new("image/bmp", "bmp", false);
    public static readonly MediaType Mp4 = new("video/mp4", "mp4", true);
    public static readonly MediaType QuickTime = new("video/quicktime", "mov", true);
    public static readonly MediaType Webm = new("video/webm", "webm", true);
    public static readonly MediaType Matroska = new("video/x-matroska", "mkv", true);
    public static readonly MediaType Avi = new("video/x-msvideo", "avi", true);
    public static readonly MediaType Flv = new("video/x-flv", "flv", true);
    public static readonly MediaType Mpeg = new("video/mpeg", "mpeg", true);
    public static readonly MediaType Wmv = new("video/x-ms-wmv", "wmv", true);

    static readonly Dictionary<string, MediaType> ByExtension = new MediaType[]
        {
            Png, Jpeg, Gif, Webp, Tiff, Bmp, Mp4, QuickTime, Webm, Matroska, Avi, Flv, Mpeg, Wmv,
        }
        .Select(type => KeyValuePair.Create(type.Extension, type))
        .Concat([KeyValuePair.Create("jpeg", Jpeg), KeyValuePair.Create("tif", Tiff), KeyValuePair.Create("mpg", Mpeg), KeyValuePair.Create("m4v", Mp4)])
        .ToDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The type a file extension names, or null for one Imgur does not take.</summary>
    public static MediaType? FromExtension(string extension) => ByExtension.GetValueOrDefault(extension);
}
