using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Imgur;

/// <summary>The Imgur models (spec 3.2, 3.3, 3.5, 3.13) as JSON, built fresh for each response.</summary>
public static class ImgurJson
{
    /// <summary>
    /// An Image (3.2). <c>deletehash</c> and <c>name</c> go to its owner and into the upload response;
    /// an anonymous image reports <c>account_id</c> 0 in the upload response and null afterwards (Q13).
    /// </summary>
    public static JsonObject Image(ImageRecord image, Account? viewer, bool uploadResponse = false)
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
            ["favorite"] = false,
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
        };
        if (uploadResponse || image.IsOwnedBy(viewer))
        {
            json["deletehash"] = image.Deletehash;
            json["name"] = image.Name;
        }

        json["link"] = image.Link;
        if (image.Animated)
        {
            json["gifv"] = $"https://i.imgur.com/{image.Id}.gifv";
            json["mp4"] = $"https://i.imgur.com/{image.Id}.mp4";
            json["mp4_size"] = image.Size;
            json["looping"] = true;
        }

        if (image.Media.IsVideo)
        {
            json["processing"] = new JsonObject { ["status"] = "completed" };
        }

        return json;
    }

    /// <summary>A Gallery Image (3.3) or Gallery Album (3.5); clients tell them apart by <c>is_album</c>.</summary>
    public static JsonObject GalleryItem(GalleryPost post, ImgurStore store, Account? viewer, bool withAlbumImages)
    {
        JsonObject json = post.Item switch
        {
            AlbumRecord album => Album(album, store.AlbumImages(album), viewer, withAlbumImages),
            ImageRecord image => Image(image, viewer),
            _ => throw new UnreachableException($"A gallery post holds an image or an album, not a {post.Item.GetType().Name}."),
        };

        // The social fields; vote, tags and the ad fields restate or replace the image's own.
        json["is_album"] = post.Item is AlbumRecord;
        json["vote"] = null;
        json["ups"] = post.Ups;
        json["downs"] = post.Downs;
        json["points"] = post.Points;
        json["score"] = post.Score;
        json["comment_count"] = post.CommentCount;
        json["favorite_count"] = post.FavoriteCount;
        json["topic"] = post.Topic?.Name;
        json["topic_id"] = post.Topic?.Id;
        json["tags"] = new JsonArray(post.Tags.Select(tag => (JsonNode)Tag(tag)).ToArray());
        json["in_most_viral"] = post.Item.InMostViral;
        json["ad_type"] = 0;
        json["ad_url"] = "";
        return json;
    }

    /// <summary>An Album (3.4); <c>images</c> only when asked for, as in Imgur's listings.</summary>
    static JsonObject Album(AlbumRecord album, IReadOnlyList<ImageRecord> images, Account? viewer, bool withImages)
    {
        ImageRecord? cover = images.FirstOrDefault();
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
            ["privacy"] = "public",
            ["layout"] = "blog",
            ["views"] = album.Views,
            ["link"] = album.Link,
            ["favorite"] = false,
            ["nsfw"] = album.Nsfw,
            ["section"] = null,
            ["images_count"] = images.Count,
            ["in_gallery"] = album.InGallery,
            ["is_ad"] = false,
            ["include_album_ads"] = false,
        };
        if (album.IsOwnedBy(viewer))
        {
            json["deletehash"] = album.Deletehash;
        }

        if (withImages)
        {
            json["images"] = new JsonArray(images.Select(image => (JsonNode)Image(image, viewer)).ToArray());
        }

        return json;
    }

    static JsonObject Tag(Tag tag) => new()
    {
        ["name"] = tag.Name,
        ["display_name"] = tag.DisplayName,
        ["followers"] = tag.Followers,
        ["total_items"] = tag.TotalItems,
        ["following"] = false,
        ["is_whitelisted"] = false,
        ["background_hash"] = tag.BackgroundHash,
        ["thumbnail_hash"] = null,
        ["accent"] = tag.Accent,
        ["background_is_animated"] = false,
        ["thumbnail_is_animated"] = false,
        ["is_promoted"] = false,
        ["description"] = tag.Description,
        ["logo_hash"] = null,
        ["logo_destination_url"] = null,
        ["description_annotations"] = new JsonObject(),
    };
}
