using System;
using ImgurPS.Models;

namespace ImgurPS.Client.Download;

/// <summary>
/// Which addresses media may come from, and the address of each variant of an image (spec 1.13, Q27). Media comes
/// from imgur.com and its subdomains over https, or from the host of the connection's own base address (the emulator
/// serves its media there); nothing else is ever fetched.
/// </summary>
internal static class MediaLinks
{
    /// <summary>Thumbnail suffixes, in the order of <see cref="ImgurMediaVariant"/> from ThumbnailSmallSquare on.</summary>
    private const string ThumbnailSuffixes = "sbtmlh";

    /// <summary>Whether <paramref name="link"/> may be fetched for a session whose API lives at <paramref name="apiBase"/>.</summary>
    public static bool IsAllowed(Uri link, Uri? apiBase)
    {
        // Imgur's links carry no user name or password, and one that does would put them in reports and errors.
        if (!link.IsAbsoluteUri || link.UserInfo.Length > 0) return false;
        if (link.Scheme == Uri.UriSchemeHttps && IsImgurHost(link.Host)) return true;
        // The connection's own host is trusted with the API already; a media link there tells it nothing new.
        return apiBase is not null && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps)
            && link.Scheme == apiBase.Scheme && string.Equals(link.Host, apiBase.Host, StringComparison.OrdinalIgnoreCase) && link.Port == apiBase.Port;
    }

    /// <summary>The link as messages and reports show it: without a user name or password, which are never repeated.</summary>
    public static Uri Shown(Uri link) =>
        link.IsAbsoluteUri && link.UserInfo.Length > 0 ? new UriBuilder(link) { UserName = string.Empty, Password = string.Empty }.Uri : link;

    private static bool IsImgurHost(string host) =>
        host.Equals("imgur.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".imgur.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>Imgur's removed-image placeholder, where a missing image's link redirects.</summary>
    public static bool IsRemovedPlaceholder(Uri link) => link.AbsolutePath.EndsWith("/removed.png", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The address of <paramref name="variant"/> of the image at <paramref name="link"/> (a direct link, .../ID.ext):
    /// the same folder with ID.mp4, ID.gif, or ID plus the thumbnail's letter and .jpg, which thumbnails always are (Q27).
    /// </summary>
    public static Uri ForVariant(Uri link, string id, ImgurMediaVariant variant)
    {
        var name = variant switch
        {
            ImgurMediaVariant.Original => null,
            ImgurMediaVariant.Mp4 => id + ".mp4",
            ImgurMediaVariant.Gif => id + ".gif",
            _ => id + ThumbnailSuffixes[variant - ImgurMediaVariant.ThumbnailSmallSquare] + ".jpg",
        };
        return name is null ? link : new Uri(link, name);
    }

    // What Imgur stores and serves (spec 1.6: the accepted image and video types, gifv; BMP as converted uploads).
    private static readonly string[] MediaExtensions =
    {
        ".jpg", ".jpeg", ".png", ".gif", ".apng", ".tif", ".tiff", ".bmp", ".webp",
        ".mp4", ".gifv", ".webm", ".mkv", ".mov", ".flv", ".avi", ".wmv", ".mpeg", ".mpg",
    };

    /// <summary>
    /// The extension a saved file gets, with its dot: the link's own when it is a media type Imgur serves (.png, .mp4),
    /// else .jpg, as Imgur answers any ID.jpg with the image. A link from a hostile server never names what the file
    /// opens with (.exe, .lnk, .html).
    /// </summary>
    public static string Extension(Uri link)
    {
        var last = link.AbsolutePath.Substring(link.AbsolutePath.LastIndexOf('/') + 1);
        var dot = last.LastIndexOf('.');
        var extension = dot < 0 ? string.Empty : last.Substring(dot).ToLowerInvariant();
        return Array.IndexOf(MediaExtensions, extension) >= 0 ? extension : ".jpg";
    }
}
