using System.Collections.Generic;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>Gives each object the rate limits of the response it came in, so they travel with it.</summary>
internal static class ResultStamping
{
    public static T? Stamp<T>(this ImgurResult<T?> result) where T : ImgurObject
    {
        if (result.Data is { } data) data.RateLimit = result.RateLimit;
        return result.Data;
    }

    public static List<T> StampAll<T>(this ImgurResult<List<T>> result) where T : IImgurGalleryItem
    {
        foreach (var item in result.Data) item.RateLimit = result.RateLimit;
        return result.Data;
    }

    /// <summary>Stamps every model of a list with the response's rate limits.</summary>
    public static List<T> StampEach<T>(this ImgurResult<List<T>> result) where T : ImgurObject
    {
        foreach (var item in result.Data) item.RateLimit = result.RateLimit;
        return result.Data;
    }
}
