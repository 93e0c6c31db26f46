using System.Text.Json.Serialization;
using ImgurPS.Models;

namespace ImgurPS.Client.Json;

/// <summary>
/// Source-generated metadata for every model ImgurPS reads from Imgur; no reflection-based serialization. The
/// converters for Imgur's quirks are registered here, not on the models, so the models stay plain classes that
/// know nothing of the client.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    PropertyNameCaseInsensitive = true,
    Converters = new[]
    {
        typeof(LenientStringConverter),
        typeof(LenientInt32Converter),
        typeof(LenientNullableInt32Converter),
        typeof(LenientInt64Converter),
        typeof(LenientNullableInt64Converter),
        typeof(LenientBooleanConverter),
        typeof(LenientNullableBooleanConverter),
        typeof(LenientNullableDoubleConverter),
        typeof(EpochDateTimeOffsetConverter),
        typeof(GalleryItemConverter),
        typeof(NotificationContentConverter),
    })]
[JsonSerializable(typeof(ImgurImage))]
[JsonSerializable(typeof(ImgurAlbum))]
[JsonSerializable(typeof(ImgurGalleryImage))]
[JsonSerializable(typeof(ImgurGalleryAlbum))]
[JsonSerializable(typeof(IImgurGalleryItem))]
[JsonSerializable(typeof(ImgurCredit))]
[JsonSerializable(typeof(ImgurTag))]
[JsonSerializable(typeof(ImgurOAuthToken))]
[JsonSerializable(typeof(ImgurAccount))]
[JsonSerializable(typeof(ImgurAccountSettings))]
[JsonSerializable(typeof(ImgurGalleryProfile))]
[JsonSerializable(typeof(ImgurAvatar))]
[JsonSerializable(typeof(ImgurPS.Client.Api.AvailableAvatarList))]
[JsonSerializable(typeof(ImgurBlockStatus))]
[JsonSerializable(typeof(ImgurPS.Client.Api.BlockListPage))]
[JsonSerializable(typeof(ImgurComment))]
[JsonSerializable(typeof(ImgurNewComment))]
[JsonSerializable(typeof(ImgurNotification))]
[JsonSerializable(typeof(ImgurPS.Client.Api.NotificationLists))]
[JsonSerializable(typeof(ImgurMessageNotification))]
[JsonSerializable(typeof(ImgurConversation))]
[JsonSerializable(typeof(ImgurMessage))]
[JsonSerializable(typeof(ImgurVote))]
[JsonSerializable(typeof(ImgurTagVote))]
[JsonSerializable(typeof(ImgurTopic))]
[JsonSerializable(typeof(ImgurCustomGallery))]
[JsonSerializable(typeof(ImgurMemeMetadata))]
[JsonSerializable(typeof(ImgurTagList))]
[JsonSerializable(typeof(ImgurAlbumCreated))]
[JsonSerializable(typeof(ImgurTokenStatus))]
internal sealed partial class ImgurJsonContext : JsonSerializerContext
{
}
