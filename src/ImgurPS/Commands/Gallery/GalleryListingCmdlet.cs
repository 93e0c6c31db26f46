using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;

namespace ImgurPS.Commands.Gallery;

/// <summary>
/// Base of the gallery listings that page through a Listing set or fetch one item in a ById set. Each command
/// keeps its own -Sort, since the orders Imgur accepts differ per listing.
/// </summary>
public abstract class GalleryListingCmdlet : ImgurApiCmdlet
{
    private protected const string ListingSet = "Listing";
    private protected const string ByIdSet = "ById";

    /// <summary>The time window for -Sort top: day, week (default), month, year or all.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("day", "week", "month", "year", "all")]
    public string Window { get; set; } = "week";

    /// <summary>The page, from 0. Imgur sets the page size.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter All { get; set; }

    /// <summary>
    /// In the ById set writes the one item; otherwise the listing's pages, <paramref name="fetchPage"/> taking
    /// the lower-cased window and the page number.
    /// </summary>
    private protected void WriteItemOrPages<TItem, TListed>(Func<Task<TItem>> fetchItem, string itemId, Func<string, int, Task<List<TListed>>> fetchPage, object listTarget)
    {
        if (ParameterSetName == ByIdSet)
        {
            WriteResult(fetchItem(), itemId);
            return;
        }

        var window = Window.ToLowerInvariant();
        WritePages(page => fetchPage(window, page), Page, All, listTarget);
    }
}
