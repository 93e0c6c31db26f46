using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImgurPS.Models;

namespace ImgurPS.Client.Json;

/// <summary>Gallery listings mix images and albums; is_album is the only discriminator (spec Q11).</summary>
internal sealed class GalleryItemConverter : JsonConverter<IImgurGalleryItem>
{
    public override IImgurGalleryItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IsAlbum(reader)
            ? ShapeGuards.ReadObject<ImgurGalleryAlbum>(ref reader, options)
            : ShapeGuards.ReadObject<ImgurGalleryImage>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IImgurGalleryItem value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));

    // The reader is a struct: scanning a copy leaves the caller's position untouched.
    private static bool IsAlbum(Utf8JsonReader probe)
    {
        if (probe.TokenType != JsonTokenType.StartObject) return false;
        var depth = probe.CurrentDepth;
        while (probe.Read() && probe.CurrentDepth > depth)
        {
            if (probe.TokenType != JsonTokenType.PropertyName) continue;
            var isDiscriminator = probe.CurrentDepth == depth + 1 && probe.ValueTextEquals("is_album");
            probe.Read();
            if (isDiscriminator) return ScalarToken.ReadBoolean(ref probe) ?? false;
            probe.Skip();
        }
        return false;
    }
}
