using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>
/// Pages of listings that wrap their items in another object (a tag, a custom gallery): for WritePages, a page
/// is its items, or the wrapper itself when the user asks for it; either way a page without items is the end.
/// </summary>
internal static class ContainerPages
{
    public static async Task<List<object>> Read<T>(Task<T> fetchPage, Func<T, IImgurGalleryItem[]?> itemsOf, bool writeContainer) where T : class
    {
        var container = await fetchPage.ConfigureAwait(false);
        var items = itemsOf(container) ?? Array.Empty<IImgurGalleryItem>();
        if (items.Length == 0) return new List<object>();
        return writeContainer ? new List<object> { container } : items.Cast<object>().ToList();
    }
}
