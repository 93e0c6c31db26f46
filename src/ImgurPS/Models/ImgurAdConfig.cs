using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>Imgur's ad-safety flags on images and albums (spec 3.25); its keys are camelCase, unlike the rest.</summary>
public sealed class ImgurAdConfig
{
    /// <summary>Flags that mark the item safe for ads.</summary>
    [JsonPropertyName("safeFlags")]
    public string[]? SafeFlags { get; set; }

    /// <summary>Flags that mark the item high-risk.</summary>
    [JsonPropertyName("highRiskFlags")]
    public string[]? HighRiskFlags { get; set; }

    /// <summary>Flags that mark the item unsafe.</summary>
    [JsonPropertyName("unsafeFlags")]
    public string[]? UnsafeFlags { get; set; }

    /// <summary>Flags that keep the item off the ad wall.</summary>
    [JsonPropertyName("wallUnsafeFlags")]
    public string[]? WallUnsafeFlags { get; set; }

    /// <summary>Whether ads are shown with the item.</summary>
    [JsonPropertyName("showsAds")]
    public bool? ShowsAds { get; set; }
}
