using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ImgurPS.Models;

namespace ImgurPS.Client;

/// <summary>
/// The albums, topics and tags a session's answers have shown, for tab completion: completing never sends a
/// request, so it offers what the user has already seen.
/// </summary>
internal sealed class SeenItems
{
    private const int MaxPerKind = 500;
    private readonly ConcurrentDictionary<string, string> _albums = new();
    private readonly ConcurrentDictionary<string, string> _topics = new();
    private readonly ConcurrentDictionary<string, string> _tags = new();

    /// <summary>Album ids with their titles.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Albums => _albums.ToList();

    /// <summary>Topic names as the topic routes take them (spaces as underscores), with their descriptions.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Topics => _topics.ToList();

    /// <summary>Tag names with their display names.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags => _tags.ToList();

    /// <summary>Notes what an answer contained, looking into lists and into tags and albums of gallery items.</summary>
    public void Record(object? data)
    {
        switch (data)
        {
            case ImgurAlbum album when album.Id is { } id:
                Remember(_albums, id, album.Title ?? string.Empty);
                Record(album.Images);
                break;
            case ImgurTopic topic when topic.Name is { } name:
                Remember(_topics, name.Replace(' ', '_'), topic.Description ?? string.Empty);
                break;
            case ImgurTag tag when tag.Name is { } name:
                Remember(_tags, name, tag.DisplayName ?? name);
                Record(tag.Items);
                break;
            case ImgurTagList list:
                Record(list.Tags);
                break;
            case ImgurCustomGallery gallery:
                Record(gallery.Items);
                break;
            case ImgurGalleryImage image:
                Record(image.Tags);
                break;
            case string:
                break;
            case IEnumerable items:
                foreach (var item in items) Record(item);
                break;
        }

        if (data is ImgurGalleryAlbum galleryAlbum) Record(galleryAlbum.Tags);
    }

    private static void Remember(ConcurrentDictionary<string, string> kind, string key, string label)
    {
        if (kind.Count < MaxPerKind || kind.ContainsKey(key)) kind[key] = label;
    }
}
