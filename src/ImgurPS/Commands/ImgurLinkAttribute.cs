using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using ImgurPS.Models;

namespace ImgurPS.Commands;

/// <summary>What an id parameter addresses, so a link to something else is refused before any request.</summary>
internal enum ImgurLinkKind
{
    /// <summary>An image: imgur.com/ID, i.imgur.com/ID.png, imgur.com/r/sub/ID.</summary>
    Image,

    /// <summary>An album: imgur.com/a/ID.</summary>
    Album,

    /// <summary>A gallery post, which is an image or an album under its own id, so any of the links fits.</summary>
    GalleryItem,
}

/// <summary>
/// Lets an id parameter take an Imgur link: the id is read from it, and plain ids pass untouched. Only
/// imgur.com hosts are taken and the link is never fetched, so a pasted foreign URL cannot make a request.
/// Piped Imgur objects of the wrong kind (an album given to an image parameter) are refused with the command
/// that fits. <see cref="ImgurIdAttribute"/> still checks the result's shape.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class ImgurLinkAttribute : ArgumentTransformationAttribute
{
    private static readonly string[] Hosts = { "imgur.com", "www.imgur.com", "i.imgur.com", "m.imgur.com" };
    private static readonly Regex LooksLikeAddress = new(@"^([A-Za-z][A-Za-z0-9+.-]*://|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/)", RegexOptions.CultureInvariant);
    private static readonly Regex IdShape = new("^[A-Za-z0-9]+$", RegexOptions.CultureInvariant);

    // Thumbnail links (i.imgur.com/AbC1234s.jpg) add one letter to a 7-letter id.
    private const string ThumbnailSuffixes = "sbtmlh";

    public ImgurLinkAttribute(ImgurLinkKind kind) => Kind = kind;

    public ImgurLinkKind Kind { get; }

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            string text => FromText(text),
            IEnumerable many => many.Cast<object?>().Select(item => Transform(engineIntrinsics, item)).ToArray(),
            _ => FromObject(value),
        };
    }

    private object? FromObject(object? value)
    {
        switch (value)
        {
            case IImgurGalleryItem item when Kind == ImgurLinkKind.GalleryItem:
                return item.GalleryId;
            case ImgurAlbum album when Kind == ImgurLinkKind.Image:
                throw new ArgumentTransformationMetadataException(
                    $"Album {album.Id} is not an image. For its images, pipe it to Get-ImgurAlbumImage (Get-ImgurAlbumImage -AlbumId {album.Id}).");
            case ImgurAlbum album:
                return album.Id;
            case ImgurImage image when Kind == ImgurLinkKind.Album:
                throw new ArgumentTransformationMetadataException(
                    $"Image {image.Id} is not an album. Give an album id or an album link such as https://imgur.com/a/AbC1234.");
            case ImgurImage image:
                return image.Id;
            default:
                return value;
        }
    }

    private string FromText(string text)
    {
        // Only what looks like an address is read as one; a plain id, or a typo such as ../x, is for
        // ImgurIdAttribute to judge.
        if (!LooksLikeAddress.IsMatch(text)) return text;

        var withScheme = text.IndexOf("://", StringComparison.Ordinal) >= 0 ? text : "https://" + text;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !Hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentTransformationMetadataException(
                $"'{text}' is not an Imgur link: only links to imgur.com, i.imgur.com and m.imgur.com are taken, and they are never fetched. Give the id, or an Imgur link such as https://imgur.com/AbC1234.");
        }

        var (kind, id) = Read(uri);
        if (id is null || !IdShape.IsMatch(id))
        {
            throw new ArgumentTransformationMetadataException(
                $"'{text}' does not link to an Imgur image, album or gallery post. Give the id, or a link such as https://imgur.com/AbC1234, https://imgur.com/a/AbC1234 or https://imgur.com/gallery/AbC1234.");
        }

        if (Kind != ImgurLinkKind.GalleryItem && kind != Kind)
        {
            throw new ArgumentTransformationMetadataException($"'{text}' links to {Describe(kind)}, but this parameter takes {Describe(Kind)}. {Hint(kind, id)}");
        }

        return id;
    }

    /// <summary>What the link addresses and its id; a null id when the path is no content link.</summary>
    private static (ImgurLinkKind Kind, string? Id) Read(Uri uri)
    {
        var segments = uri.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (uri.Host.Equals("i.imgur.com", StringComparison.OrdinalIgnoreCase))
        {
            return segments.Length == 1 ? (ImgurLinkKind.Image, DirectImageId(segments[0])) : (ImgurLinkKind.Image, null);
        }

        var first = segments.Length > 0 ? segments[0].ToLowerInvariant() : string.Empty;
        return (first, segments.Length) switch
        {
            ("a", 2) => (ImgurLinkKind.Album, FromSlug(segments[1])),
            ("gallery", 2) => (ImgurLinkKind.GalleryItem, FromSlug(segments[1])),
            ("t", 3) or ("topic", 3) => (ImgurLinkKind.GalleryItem, FromSlug(segments[2])),
            // Subreddit galleries hold images only.
            ("r", 3) => (ImgurLinkKind.Image, WithoutExtension(segments[2])),
            (_, 1) when !Routes.Contains(first) => (ImgurLinkKind.Image, WithoutExtension(segments[0])),
            _ => (ImgurLinkKind.Image, null),
        };
    }

    // First path segments of imgur.com pages that are no image.
    private static readonly string[] Routes = { "a", "gallery", "t", "r", "topic", "user", "upload", "search", "account", "signin", "register" };

    private static string DirectImageId(string file)
    {
        var id = WithoutExtension(file);
        return id.Length == 8 && ThumbnailSuffixes.IndexOf(id[7]) >= 0 ? id.Substring(0, 7) : id;
    }

    private static string WithoutExtension(string segment)
    {
        var dot = segment.IndexOf('.');
        return dot < 0 ? segment : segment.Substring(0, dot);
    }

    // Newer links carry the title before the id: /gallery/my-cat-photo-AbC1234.
    private static string FromSlug(string slug)
    {
        var dash = slug.LastIndexOf('-');
        return dash < 0 ? slug : slug.Substring(dash + 1);
    }

    private static string Describe(ImgurLinkKind kind) => kind switch
    {
        ImgurLinkKind.Album => "an album",
        ImgurLinkKind.GalleryItem => "a gallery post",
        _ => "an image",
    };

    private static string Hint(ImgurLinkKind kind, string id) => kind switch
    {
        ImgurLinkKind.Album => $"For the album's images use Get-ImgurAlbumImage -AlbumId {id}.",
        ImgurLinkKind.GalleryItem => $"A gallery post may be an image or an album: use Get-ImgurGalleryItem -GalleryId {id} to see which.",
        _ => $"For the image use Get-ImgurImage -ImageId {id}.",
    };
}
