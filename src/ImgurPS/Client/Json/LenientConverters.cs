using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImgurPS.Client.Json;

// Imgur sends numbers as strings, booleans as "0"/"1", false for a missing date and objects where a scalar
// belongs (spec section 4, Q10/Q13). These converters read a scalar from whatever token arrives and fall back
// to null (or the type's default) instead of failing the whole response.
internal static class ScalarToken
{
    /// <summary>The token as text, or null for null, "", objects and arrays (which are skipped).</summary>
    /// <remarks>Imgur writes null and "" alike as an empty XML element, so both read as null in either wire form.</remarks>
    public static string? ReadText(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString() is { Length: > 0 } text ? text : null;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    public static long? ReadInt64(ref Utf8JsonReader reader)
    {
        var text = ReadText(ref reader);
        if (text is null) return null;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            && real >= long.MinValue && real <= long.MaxValue)
        {
            return (long)Math.Round(real);
        }
        return text switch { "true" => 1, "false" => 0, _ => null };
    }

    public static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        var text = ReadText(ref reader);
        return text?.Trim().ToLowerInvariant() switch
        {
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => null,
        };
    }
}

internal sealed class LenientStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ScalarToken.ReadText(ref reader);

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(value);
    }
}

/// <summary>A nullable scalar read leniently; what cannot be read is null.</summary>
internal abstract class LenientNullableConverter<T> : JsonConverter<T?> where T : struct
{
    public override bool HandleNull => true;

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present) WriteValue(writer, present);
        else writer.WriteNullValue();
    }

    protected abstract void WriteValue(Utf8JsonWriter writer, T value);
}

internal sealed class LenientNullableInt64Converter : LenientNullableConverter<long>
{
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ScalarToken.ReadInt64(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);
}

internal sealed class LenientNullableInt32Converter : LenientNullableConverter<int>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ScalarToken.ReadInt64(ref reader) is { } number and >= int.MinValue and <= int.MaxValue ? (int)number : null;

    protected override void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}

internal sealed class LenientNullableBooleanConverter : LenientNullableConverter<bool>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ScalarToken.ReadBoolean(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
}

/// <summary>Non-nullable fields take the type's default when the value cannot be read.</summary>
internal sealed class LenientInt64Converter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ScalarToken.ReadInt64(ref reader) ?? 0;

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal sealed class LenientInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ScalarToken.ReadInt64(ref reader) is { } number and >= int.MinValue and <= int.MaxValue ? (int)number : 0;

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal sealed class LenientBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ScalarToken.ReadBoolean(ref reader) ?? false;

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

/// <summary>Imgur times are epoch seconds (as numbers or strings); false, 0 and empty mean "no date".</summary>
internal sealed class EpochDateTimeOffsetConverter : LenientNullableConverter<DateTimeOffset>
{
    private const long MaxUnixSeconds = 253402300799; // 9999-12-31

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            && !long.TryParse(reader.GetString(), out _))
        {
            return parsed;
        }

        return ScalarToken.ReadInt64(ref reader) is { } seconds and > 0 and <= MaxUnixSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    protected override void WriteValue(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteNumberValue(value.ToUnixTimeSeconds());
}
