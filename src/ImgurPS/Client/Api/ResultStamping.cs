using System.Collections.Generic;
using System.Linq;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>
/// The one place that gives the objects ImgurPS writes the rate limits of the response they came in
/// (<see cref="ImgurObject.RateLimit"/>), so the limits travel with them: a result's model, each model of a
/// listing, the models nested in an answer, and the objects a section API builds from an answer itself.
/// </summary>
internal static class ResultStamping
{
    /// <summary>The result's model, stamped; null when the answer held none.</summary>
    public static T? Stamp<T>(this ImgurResult<T?> result) where T : class => result.Data.StampedWith(result.RateLimit);

    /// <summary>Each model of a listing, stamped.</summary>
    public static List<T> StampEach<T>(this ImgurResult<List<T>> result) where T : class
    {
        result.Data.StampEach(result.RateLimit);
        return result.Data;
    }

    /// <summary>Models nested in an answer (a container's items, a comment's replies) carry its rate limits too.</summary>
    public static void StampEach<T>(this IEnumerable<T?>? models, ImgurRateLimit? rateLimit) where T : class
    {
        foreach (var model in models ?? Enumerable.Empty<T?>()) model.StampedWith(rateLimit);
    }

    /// <summary>
    /// Gives <paramref name="model"/> the rate limits and returns it. Every model is an <see cref="ImgurObject"/>,
    /// gallery items (<see cref="IImgurGalleryItem"/>) included; null stays null.
    /// </summary>
    public static T StampedWith<T>(this T model, ImgurRateLimit? rateLimit)
    {
        if (model is ImgurObject stamped) stamped.RateLimit = rateLimit;
        return model;
    }
}
