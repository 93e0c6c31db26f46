using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>What to say about an album when creating or editing it (AL-04, AL-05); null fields are not sent.</summary>
internal sealed class AlbumDetails
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Privacy { get; set; }

    public string? Layout { get; set; }

    /// <summary>The image id of the cover.</summary>
    public string? Cover { get; set; }

    public IEnumerable<KeyValuePair<string, string?>> Fields()
    {
        yield return new("title", Title);
        yield return new("description", Description);
        yield return new("privacy", Privacy);
        yield return new("layout", Layout);
        yield return new("cover", Cover);
    }
}

/// <summary>
/// Images to put in an album: ids (images of the signed-in owner) and deletehashes (anonymous images). Each
/// list goes comma-joined (spec Q16); an empty one is left out.
/// </summary>
internal sealed class AlbumImageSet
{
    public List<string> Ids { get; } = new();

    public List<string> DeleteHashes { get; } = new();

    public bool IsEmpty => Ids.Count == 0 && DeleteHashes.Count == 0;

    public IEnumerable<KeyValuePair<string, string?>> Fields()
    {
        yield return new("ids", ImgurRequest.Join(Ids));
        yield return new("deletehashes", ImgurRequest.Join(DeleteHashes));
    }

    public override string ToString() => string.Join(", ", Ids) + (Ids.Count > 0 && DeleteHashes.Count > 0 ? ", " : "") + string.Join(", ", DeleteHashes);
}

/// <summary>The album section of the API (spec 2.3). "address" is an album id, or the deletehash of an anonymous album.</summary>
internal static class AlbumApi
{
    /// <summary>
    /// An album by id (AL-01). <paramref name="deleteHash"/>, the one the caller already holds, is kept on the answer
    /// when Imgur leaves it out (it shows it only to a signed-in owner), so an anonymous album read back after a
    /// change can still be changed.
    /// </summary>
    public static async Task<ImgurAlbum> GetAlbumAsync(this ImgurApiClient client, ImgurCall call, string albumId, string? deleteHash = null)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "album", albumId), ImgurJson.Read<ImgurAlbum>).ConfigureAwait(false);
        var album = result.Stamp() ?? throw ImgurJson.Unexpected("album");
        album.DeleteHash ??= deleteHash;
        return album;
    }

    /// <summary>Every image of the album: this listing is not paged (spec 1.8).</summary>
    public static async Task<List<ImgurImage>> GetAlbumImagesAsync(this ImgurApiClient client, ImgurCall call, string albumId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "album", albumId, "images"), ImgurJson.ReadList<ImgurImage>).ConfigureAwait(false);
        return result.StampEach();
    }

    public static async Task<ImgurImage> GetAlbumImageAsync(this ImgurApiClient client, ImgurCall call, string albumId, string imageId)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "album", albumId, "image", imageId), ImgurJson.Read<ImgurImage>).ConfigureAwait(false);
        return result.Stamp() ?? throw ImgurJson.Unexpected("image");
    }

    public static async Task<ImgurAlbumCreated> CreateAlbumAsync(this ImgurApiClient client, ImgurCall call, AlbumDetails details, AlbumImageSet images)
    {
        var request = ImgurRequest.Api(HttpMethod.Post, "album").WithForm(Concat(details.Fields(), images.Fields()));
        var result = await client.SendAsync(call, request, ImgurJson.Read<ImgurAlbumCreated>).ConfigureAwait(false);
        var created = result.Stamp();
        return created?.Id is null ? throw ImgurJson.Unexpected("new album's id") : created;
    }

    /// <summary>AL-05 is documented as PUT; Imgur accepts POST too, but POST with ids is AL-08, so PUT keeps them apart.</summary>
    public static Task UpdateAlbumAsync(this ImgurApiClient client, ImgurCall call, string address, AlbumDetails details) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Put, "album", address).WithForm(details.Fields()), "update the album");

    public static Task DeleteAlbumAsync(this ImgurApiClient client, ImgurCall call, string address) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "album", address), "delete the album");

    /// <summary>Replaces the album's images (AL-08).</summary>
    public static Task SetAlbumImagesAsync(this ImgurApiClient client, ImgurCall call, string address, AlbumImageSet images) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "album", address).WithForm(images.Fields()), "replace the album's images");

    /// <summary>Appends images to the album (AL-09).</summary>
    public static Task AddAlbumImagesAsync(this ImgurApiClient client, ImgurCall call, string address, AlbumImageSet images) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "album", address, "add").WithForm(images.Fields()), "add the images to the album");

    /// <summary>Takes images out of the album (AL-10); Imgur only knows them by id here.</summary>
    public static Task RemoveAlbumImagesAsync(this ImgurApiClient client, ImgurCall call, string address, IEnumerable<string> imageIds) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "album", address, "remove_images")
            .WithForm(new[] { new KeyValuePair<string, string?>("ids", ImgurRequest.Join(imageIds)) }), "remove the images from the album");

    /// <summary>Toggles the album among the caller's favorites (AL-07).</summary>
    public static Task<ImgurFavoriteResult> ToggleAlbumFavoriteAsync(this ImgurApiClient client, ImgurCall call, string albumId) =>
        client.ToggleFavoriteAsync(call, "album", albumId);

    private static IEnumerable<T> Concat<T>(IEnumerable<T> first, IEnumerable<T> second)
    {
        foreach (var item in first) yield return item;
        foreach (var item in second) yield return item;
    }
}
