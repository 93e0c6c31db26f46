using System;
using System.Globalization;
using System.Text.Json;

namespace ImgurPS.Client.Json;

/// <summary>A nullable real number (reputation is a float in the docs, an integer or a string on the wire).</summary>
internal sealed class LenientNullableDoubleConverter : LenientNullableConverter<double>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ScalarToken.ReadText(ref reader) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    protected override void WriteValue(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);
}
