using System;
using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Store;

/// <summary>
/// The emulator's Imgur data, all in memory. One lock, <see cref="Gate"/>, guards every read and
/// change: the API pipeline holds it while a route runs, and the methods that uploads call directly
/// take it themselves (the lock is re-entrant).
/// </summary>
public sealed partial class ImgurStore
{
    readonly object gate = new();
    readonly ItemIndex<ImageRecord> images = new();
    readonly ItemIndex<AlbumRecord> albums = new();
    readonly Dictionary<long, Account> accountsById = [];

    public ImgurStore(SeedData seed)
    {
        User = seed.User;
        foreach (Account account in seed.Accounts)
        {
            accountsById.Add(account.Id, account);
        }

        foreach (ImageRecord image in seed.Images)
        {
            images.Add(image);
        }

        foreach (AlbumRecord album in seed.Albums)
        {
            albums.Add(album);
        }

        MemeDefaults = seed.MemeDefaults;
        InitGallery(seed);
        InitSocial(seed);
    }

    public object Gate => gate;

    /// <summary>The seeded user, whom the seeded tokens stand for.</summary>
    public Account User { get; }

    public IReadOnlyList<ImageRecord> MemeDefaults { get; }

    /// <summary>An existing account by name (case-insensitive, as Imgur's) or null.</summary>
    public Account? FindAccount(string username) => Locked(() =>
        accountsById.Values.FirstOrDefault(a => !a.Deleted && string.Equals(a.Username, username, StringComparison.OrdinalIgnoreCase)));

    public Account? FindAccount(long id) => Locked(() => accountsById.GetValueOrDefault(id) is { Deleted: false } account ? account : null);

    public ImageRecord? FindImage(string id) => Locked(() => images.ById(id));

    public ImageRecord? FindImageByDeletehash(string deletehash) => Locked(() => images.ByDeletehash(deletehash));

    public AlbumRecord? FindAlbum(string id) => Locked(() => albums.ById(id));

    public AlbumRecord? FindAlbumByDeletehash(string deletehash) => Locked(() => albums.ByDeletehash(deletehash));

    /// <summary>An image or album by id, for routes that take either (favorites, comments, gallery).</summary>
    public ImgurItem? FindItem(string id) => (ImgurItem?)FindImage(id) ?? FindAlbum(id);

    public IReadOnlyList<ImageRecord> ImagesOf(Account owner) => Locked(() =>
        images.All.Where(image => image.IsOwnedBy(owner)).OrderByDescending(image => image.Datetime).ThenBy(image => image.Id, StringComparer.Ordinal).ToList());

    public IReadOnlyList<AlbumRecord> AlbumsOf(Account owner) => Locked(() =>
        albums.All.Where(album => album.IsOwnedBy(owner)).OrderByDescending(album => album.Datetime).ThenBy(album => album.Id, StringComparer.Ordinal).ToList());

    public IReadOnlyList<ImageRecord> AlbumImages(AlbumRecord album) =>
        Locked(() => album.ImageIds.Select(images.ById).OfType<ImageRecord>().ToList());

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

    /// <summary>Stores a new album under fresh, unused id and deletehash.</summary>
    public AlbumRecord AddAlbum(Func<string, string, AlbumRecord> create)
    {
        lock (gate)
        {
            AlbumRecord album = create(NewKey(7), NewKey(15));
            albums.Add(album);
            return album;
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

            RemoveFromGallery(image);
        }
    }

    /// <summary>Deletes an album but not its images, as Imgur does (AL-06).</summary>
    public void RemoveAlbum(AlbumRecord album)
    {
        lock (gate)
        {
            albums.Remove(album);
            RemoveFromGallery(album);
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
