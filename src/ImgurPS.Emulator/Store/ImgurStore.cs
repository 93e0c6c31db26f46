using System;
using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Store;

/// <summary>
/// The emulator's Imgur data: images, albums and the gallery, all in memory. One lock guards every
/// change; the gallery itself never changes after seeding and is read without it.
/// </summary>
public sealed class ImgurStore
{
    readonly object gate = new();
    readonly ItemIndex<ImageRecord> images = new();
    readonly ItemIndex<AlbumRecord> albums = new();
    readonly Dictionary<string, GalleryPost> galleryById;

    public ImgurStore(Account user, IEnumerable<ImageRecord> images, IEnumerable<AlbumRecord> albums, IReadOnlyList<GalleryPost> gallery)
    {
        User = user;
        Gallery = gallery;
        galleryById = gallery.ToDictionary(post => post.Item.Id, StringComparer.Ordinal);
        foreach (ImageRecord image in images)
        {
            this.images.Add(image);
        }

        foreach (AlbumRecord album in albums)
        {
            this.albums.Add(album);
        }
    }

    /// <summary>The seeded user, who owns a few images and an album.</summary>
    public Account User { get; }

    public IReadOnlyList<GalleryPost> Gallery { get; }

    public ImageRecord? FindImage(string id) => Locked(() => images.ById(id));

    public ImageRecord? FindImageByDeletehash(string deletehash) => Locked(() => images.ByDeletehash(deletehash));

    public AlbumRecord? FindAlbum(string id) => Locked(() => albums.ById(id));

    public AlbumRecord? FindAlbumByDeletehash(string deletehash) => Locked(() => albums.ByDeletehash(deletehash));

    public GalleryPost? FindGalleryPost(string id) => galleryById.GetValueOrDefault(id);

    public IReadOnlyList<ImageRecord> AlbumImages(AlbumRecord album) =>
        Locked(() => album.ImageIds.Select(images.ById).OfType<ImageRecord>().ToList());

    /// <summary>The requested page of the gallery; past the end it is empty, as on Imgur.</summary>
    public IReadOnlyList<GalleryPost> GalleryPage(GalleryQuery query, int pageSize)
    {
        long skip = (long)query.Page * pageSize;
        return query.Apply(Gallery, Seed.GalleryEpoch).Skip((int)Math.Min(skip, int.MaxValue)).Take(pageSize).ToList();
    }

    /// <summary>Stores a new image under fresh, unused id and deletehash, and appends it to <paramref name="album"/>.</summary>
    public ImageRecord AddImage(Func<string, string, ImageRecord> create, AlbumRecord? album)
    {
        lock (gate)
        {
            ImageRecord image = create(NewKey(7), NewKey(15));
            images.Add(image);
            album?.ImageIds.Add(image.Id);
            return image;
        }
    }

    public void RemoveImage(ImageRecord image)
    {
        lock (gate)
        {
            images.Remove(image);
            foreach (AlbumRecord album in albums.All)
            {
                album.ImageIds.Remove(image.Id);
            }
        }
    }

    /// <summary>Changes the fields that were given; null leaves a field as it is.</summary>
    public void UpdateImage(ImageRecord image, string? title, string? description)
    {
        lock (gate)
        {
            image.Title = title ?? image.Title;
            image.Description = description ?? image.Description;
        }
    }

    T Locked<T>(Func<T> read)
    {
        lock (gate)
        {
            return read();
        }
    }

    string NewKey(int length)
    {
        string key;
        do
        {
            key = Ids.Alphanumeric(length);
        }
        while (images.Uses(key) || albums.Uses(key));

        return key;
    }
}
