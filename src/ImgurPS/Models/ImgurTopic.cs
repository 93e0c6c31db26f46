using System.Globalization;
using System.Text.Json.Serialization;

namespace ImgurPS.Models;

/// <summary>A gallery topic (Imgur's Topic model; its last three keys are camelCase on the wire).</summary>
public sealed class ImgurTopic : ImgurObject
{
    /// <summary>The topic id (a number, sometimes sent as a string).</summary>
    public long? Id { get; set; }

    /// <summary>The topic name.</summary>
    public string? Name { get; set; }

    /// <summary>The topic's description.</summary>
    public string? Description { get; set; }

    /// <summary>CSS class for styling the topic.</summary>
    public string? Css { get; set; }

    /// <summary>Whether the topic is temporary.</summary>
    public bool? Ephemeral { get; set; }

    /// <summary>Whether nothing can be posted to the topic.</summary>
    public bool? Readonly { get; set; }

    /// <summary>The topic's top post: a gallery image or a gallery album.</summary>
    [JsonPropertyName("topPost")]
    public IImgurGalleryItem? TopPost { get; set; }

    /// <summary>The topic's hero image, or null.</summary>
    [JsonPropertyName("heroImage")]
    public ImgurImage? HeroImage { get; set; }

    /// <summary>Whether the topic is shown as a hero.</summary>
    [JsonPropertyName("isHero")]
    public bool? IsHero { get; set; }

    /// <summary>The topic id under the name the topic cmdlets bind by property name (-TopicId).</summary>
    [JsonIgnore]
    public string? TopicId => Id?.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => Name ?? TopicId ?? string.Empty;
}
