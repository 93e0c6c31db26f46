using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>A view of the main gallery (GA-01): section, sort and window, plus the listing switches.</summary>
internal sealed class GalleryListing
{
    public string Section { get; set; } = "hot";

    public string Sort { get; set; } = "viral";

    public string Window { get; set; } = "day";

    public bool? ShowViral { get; set; }

    public bool? Mature { get; set; }

    public bool? AlbumPreviews { get; set; }
}

/// <summary>The gallery section of the API (spec 2.4).</summary>
internal static class GalleryApi
{
    public static async Task<List<IImgurGalleryItem>> GetGalleryPageAsync(this ImgurApiClient client, ImgurCall call, GalleryListing listing, int page)
    {
        // Always the full path: clients that omit segments get the server's defaults (spec Q20).
        var request = ImgurRequest.Api(HttpMethod.Get, "gallery", listing.Section, listing.Sort, listing.Window, page.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithQuery("showViral", listing.ShowViral)
            .WithQuery("mature", listing.Mature)
            .WithQuery("album_previews", listing.AlbumPreviews);
        var result = await client.SendAsync(call, request, ImgurJson.ReadList<IImgurGalleryItem>).ConfigureAwait(false);
        return result.StampAll();
    }
}
