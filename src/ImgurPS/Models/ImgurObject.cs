using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>Base of every object ImgurPS writes: it carries the rate limits of the response it came from.</summary>
public abstract class ImgurObject
{
    /// <summary>The rate-limit headers of the response that produced this object; null when Imgur sent none.</summary>
    [JsonIgnore]
    public ImgurRateLimit? RateLimit { get; set; }
}
