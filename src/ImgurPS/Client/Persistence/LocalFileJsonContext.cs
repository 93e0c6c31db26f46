using System.Text.Json.Serialization;
using ImgurPS.Client.Json;
using ImgurPS.Client.Upload;

namespace ImgurPS.Client.Persistence;

/// <summary>
/// Source-generated metadata for the files ImgurPS keeps on the user's disk: the saved session, the saved options and upload
/// journals. Apart from the wire context, because these are our own formats: Imgur's quirks never reach them, and
/// a change to how Imgur's payloads are read must not change what an earlier run wrote.
/// </summary>
/// <remarks>Times stay epoch seconds, as every journal so far has written them.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    PropertyNameCaseInsensitive = true,
    Converters = new[] { typeof(EpochDateTimeOffsetConverter) })]
[JsonSerializable(typeof(SavedSession))]
[JsonSerializable(typeof(SavedOptions))]
[JsonSerializable(typeof(UploadJournalEntry))]
internal sealed partial class LocalFileJsonContext : JsonSerializerContext
{
}
