using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Imgur;

public static partial class ImgurJson
{
    /// <summary>A Tag (3.13); <c>total_items</c> counts the gallery posts carrying it.</summary>
    public static JsonObject Tag(Tag tag, JsonView view) => new()
    {
        ["name"] = tag.Name,
        ["display_name"] = tag.DisplayName,
        ["followers"] = tag.Followers,
        ["total_items"] = view.PostsTagged(tag.Name),
        ["following"] = view.Viewer?.FollowedTags.Contains(tag.Name) == true,
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

    /// <summary>A Tag as <c>/3/tags</c> lists it: with its id as a numeric string (Q10).</summary>
    public static JsonObject ListedTag(Tag tag, JsonView view)
    {
        JsonObject json = Tag(tag, view);
        json["id"] = tag.Id.ToString(CultureInfo.InvariantCulture);
        return json;
    }

    /// <summary>A Tag Vote (3.14).</summary>
    public static JsonObject TagVote(TagVote vote) => new()
    {
        ["ups"] = vote.Ups,
        ["downs"] = vote.Downs,
        ["name"] = vote.Name,
        ["author"] = vote.Author,
    };

    /// <summary>
    /// A Topic (3.15), whose keys are camelCase unlike the rest (Q28). Its top post is its best-scoring
    /// main-gallery post; only the hero topic has a hero image, that post's cover.
    /// </summary>
    public static JsonObject Topic(Topic topic, JsonView view)
    {
        GalleryPost? top = view.Store.Gallery.Where(post => post.IsMain && post.Topic?.Id == topic.Id)
            .OrderByDescending(post => post.Score).ThenBy(post => post.Item.Id, System.StringComparer.Ordinal).FirstOrDefault();
        ImageRecord? hero = top?.Item as ImageRecord ?? (top?.Item is AlbumRecord album ? view.Store.AlbumImages(album).FirstOrDefault() : null);
        return new JsonObject
        {
            ["id"] = topic.Id,
            ["name"] = topic.Name,
            ["description"] = topic.Description,
            ["css"] = topic.Css,
            ["ephemeral"] = topic.Ephemeral,
            ["readonly"] = topic.ReadOnly,
            ["topPost"] = top is null ? null : GalleryItem(top, view, withAlbumImages: false),
            ["heroImage"] = topic.IsHero && hero is not null ? Image(hero, view) : null,
            ["isHero"] = topic.IsHero,
        };
    }
}
