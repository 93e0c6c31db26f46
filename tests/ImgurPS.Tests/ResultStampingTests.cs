using System.Collections.Generic;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>One helper gives every object written the rate limits of the response it came in.</summary>
public class ResultStampingTests
{
    private static readonly ImgurRateLimit Limits = new() { ClientRemaining = 12000, UserRemaining = 499 };

    [Fact]
    public void AResultsModelIsStampedAndAnEmptyAnswerStaysNull()
    {
        var album = new ImgurResult<ImgurAlbum?>(new ImgurAlbum(), Limits).Stamp();
        Assert.Same(Limits, album!.RateLimit);

        Assert.Null(new ImgurResult<ImgurAlbum?>(null, Limits).Stamp());
    }

    [Fact]
    public void GalleryItemsAreStampedThroughTheirInterface()
    {
        var listing = new ImgurResult<List<IImgurGalleryItem>>(new List<IImgurGalleryItem> { new ImgurGalleryImage(), new ImgurGalleryAlbum() }, Limits);

        Assert.All(listing.StampEach(), item => Assert.Same(Limits, item.RateLimit));
    }

    [Fact]
    public void NestedModelsAreStampedAndMissingOnesSkipped()
    {
        var replies = new[] { new ImgurComment(), null };
        replies.StampEach(Limits);
        Assert.Same(Limits, replies[0]!.RateLimit);

        ((IEnumerable<ImgurComment?>?)null).StampEach(Limits);
    }
}
