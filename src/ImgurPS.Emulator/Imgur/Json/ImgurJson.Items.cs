using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Imgur;

/// <summary>The Imgur models (spec section 3) as JSON, built fresh for each response.</summary>
public static partial class ImgurJson
{
    /// <summary>
    /// An Image (3.2). <c>deletehash</c> and <c>name</c> go to its owner and into the upload response;
    /// an anonymous image reports <c>account_id</c> 0 in the upload response and null afterwards (Q13).
    /// </summary>
    public static JsonObject Image(ImageRecord image, JsonView view, bool uploadResponse = false)
    {
        var json = new JsonObject
        {
            ["id"] = image.Id,
            ["title"] = image.Title,
            ["description"] = image.Description,
            ["datetime"] = image.Datetime,
            ["type"] = image.Media.Mime,
            ["animated"] = image.Animated,
            ["width"] = image.Width,
            ["height"] = image.Height,
            ["size"] = image.Size,
            ["views"] = image.Views,
            ["bandwidth"] = image.Views * image.Size,
            ["vote"] = null,
            ["favorite"] = view.Favorited(image.Id),
            ["nsfw"] = image.Nsfw,
            ["section"] = null,
            ["account_url"] = image.Owner?.Username,
            ["account_id"] = image.Owner?.Id ?? (uploadResponse ? 0L : null),
            ["is_ad"] = false,
            ["in_most_viral"] = image.InMostViral,
            ["has_sound"] = false,
            ["tags"] = new JsonArray(),
            ["ad_type"] = 0,
            ["ad_url"] = "",
            ["edited"] = "0",
            ["in_gallery"] = image.InGallery,
            ["comment_preview"] = null,
        };
        if (uploadResponse || image.IsOwnedBy(view.Viewer))
        {
            json["deletehash"] = image.Deletehash;
            json["name"] = image.Name;
        }

        json["link"] = view.MediaLink(image.FileName);
        // A video still transcoding has no size and no mp4 yet (spec 2.5 upload notes).
        bool pending = image.Media.IsVideo && EmulatorClock.Now < image.ProcessedAt;
        if (pending)
        {
            json["width"] = 0;
            json["height"] = 0;
        }
        else if (image.Animated)
        {
            json["gifv"] = view.MediaLink($"{image.Id}.gifv");
            json["mp4"] = view.MediaLink($"{image.Id}.mp4");
            // A numeric string, as Q10 names it.
            json["mp4_size"] = image.Size.ToString(CultureInfo.InvariantCulture);
            json["looping"] = true;
        }

        if (image.Media.IsVideo)
        {
            json["processing"] = new JsonObject { ["status"] = pending ? "pending" : "completed" };
        }

        return json;
    }

    public static JsonArray Images(IEnumerable<ImageRecord> images, JsonView view) =>
        new(images.Select(image => (JsonNode)Image(image, view)).ToArray());

    /// <summary>
    /// An Album (3.4); <c>images</c> only when asked for, as in Imgur's listings, and <c>order</c>
    /// only in account listings. The images shown are those the viewer may see.
    /// </summary>
    public static JsonObject Album(AlbumRecord album, JsonView view, bool withImages, int? order = null)
    {
        IReadOnlyList<ImageRecord> images = view.Store.AlbumImages(album).Where(image => image.IsVisibleTo(view.Viewer)).ToList();
        ImageRecord? cover = images.FirstOrDefault(image => image.Id == album.CoverId) ?? images.FirstOrDefault();
        var json = new JsonObject
        {
            ["id"] = album.Id,
            ["title"] = album.Title,
            ["description"] = album.Description,
            ["datetime"] = album.Datetime,
            ["cover"] = cover?.Id,
            ["cover_edited"] = null,
            ["cover_width"] = cover?.Width,
            ["cover_height"] = cover?.Height,
            ["account_url"] = album.Owner?.Username,
            ["account_id"] = album.Owner?.Id,
            ["privacy"] = album.Privacy.ToString().ToLowerInvariant(),
            ["layout"] = album.Layout,
            ["views"] = album.Views,
            ["link"] = album.Link,
            ["favorite"] = view.Favorited(album.Id),
            ["nsfw"] = album.Nsfw,
            ["section"] = null,
            ["images_count"] = images.Count,
            ["in_gallery"] = album.InGallery,
            ["is_ad"] = false,
            ["include_album_ads"] = false,
            ["is_album"] = true,
        };
        if (order is int position)
        {
            json["order"] = position;
        }

        if (album.IsOwnedBy(view.Viewer))
        {
            json["deletehash"] = album.Deletehash;
        }

        if (withImages)
        {
            json["images"] = Images(images, view);
        }

        return json;
    }

    /// <summary>An image or album outside the gallery, as favorites list them (AC-03).</summary>
    public static JsonObject Item(ImgurItem item, JsonView view) => item switch
    {
        AlbumRecord album => Album(album, view, withImages: false),
        ImageRecord image => Image(image, view),
        _ => throw new UnreachableException($"An item is an image or an album, not a {item.GetType().Name}."),
    };

    /// <summary>A Gallery Image (3.3) or Gallery Album (3.5); clients tell them apart by <c>is_album</c>.</summary>
    public static JsonObject GalleryItem(GalleryPost post, JsonView view, bool withAlbumImages)
    {
        JsonObject json = post.Item is AlbumRecord album ? Album(album, view, withAlbumImages) : Item(post.Item, view);

        // The social fields; vote, tags and the ad fields restate or replace the image's own.
        json["is_album"] = post.Item is AlbumRecord;
        json["vote"] = view.VoteOn(post.Item.Id);
        json["ups"] = post.Ups;
        json["downs"] = post.Downs;
        json["points"] = post.Points;
        json["score"] = post.Score;
        json["comment_count"] = view.Store.CommentCount(post.Item.Id);
        json["favorite_count"] = post.FavoriteCount;
        json["topic"] = post.Topic?.Name;
        json["topic_id"] = post.Topic?.Id;
        json["tags"] = new JsonArray(post.Tags.Select(tag => (JsonNode)Tag(tag, view)).ToArray());
        json["in_most_viral"] = post.Item.InMostViral;
        json["ad_type"] = 0;
        json["ad_url"] = "";
        json["comment_preview"] = null;
        if (post.Subreddit is { } subreddit)
        {
            json["section"] = subreddit;
            json["reddit_comments"] = $"/r/{subreddit}/comments/{post.Item.Id.ToLowerInvariant()}/";
        }

        if (post.Meme is { } meme)
        {
            json["meme_metadata"] = new JsonObject
            {
                ["meme_name"] = meme.MemeName,
                ["top_text"] = meme.TopText,
                ["bottom_text"] = meme.BottomText,
                ["bg_image"] = meme.BgImage,
            };
        }

        return json;
    }

    public static JsonArray GalleryItems(IEnumerable<GalleryPost> posts, JsonView view, bool withAlbumImages = false) =>
        new(posts.Select(post => (JsonNode)GalleryItem(post, view, withAlbumImages)).ToArray());

    /// <summary>The Vote model (3.16).</summary>
    public static JsonObject Votes(GalleryPost post) => new() { ["ups"] = post.Ups, ["downs"] = post.Downs };
}
