using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ImgurPS.Client.Json;

/// <summary>The one set of serializer options ImgurPS reads Imgur's payloads with.</summary>
internal static class ImgurJson
{
    public static JsonSerializerOptions Options { get; } = new(ImgurJsonContext.Default.Options)
    {
        TypeInfoResolver = ImgurJsonContext.Default.WithAddedModifier(ShapeGuards.Apply),
    };

    /// <summary>The error for an answer that parsed but lacks what the operation promises.</summary>
    public static Exception Unexpected(string what) =>
        new InvalidDataException($"Imgur's answer did not contain the {what} in the expected shape.");

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>Reads a model from a payload element; an element of the wrong shape gives null.</summary>
    public static T? Read<T>(JsonElement element) where T : class =>
        element.ValueKind == JsonValueKind.Object ? element.Deserialize(TypeInfo<T>()) : null;

    /// <summary>A yes/no answer: true/false, or Imgur's favorite toggle words "favorited"/"unfavorited" (spec Q26).</summary>
    public static bool ReadBoolean(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => element.GetString() is "true" or "1" or "favorited",
        JsonValueKind.Number => element.TryGetInt64(out var number) && number != 0,
        _ => false,
    };

    /// <summary>A count (/count endpoints), numeric or numeric string.</summary>
    public static long ReadInt64(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var number) ? number
        : element.ValueKind == JsonValueKind.String && long.TryParse(element.GetString(), out var parsed) ? parsed
        : 0;

    /// <summary>An id list (/ids endpoints); ids may mix numbers and strings (spec Q10).</summary>
    public static List<string> ReadIds(JsonElement element)
    {
        var ids = new List<string>();
        if (element.ValueKind != JsonValueKind.Array) return ids;
        foreach (var entry in element.EnumerateArray())
        {
            if (entry.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                ids.Add(entry.ValueKind == JsonValueKind.String ? entry.GetString()! : entry.GetRawText());
            }
        }
        return ids;
    }

    /// <summary>
    /// Any payload as plain .NET values (string, long, double, bool, null, lists and ordered dictionaries), for
    /// callers that must not see JsonElement (Invoke-ImgurRestMethod, raw endpoints).
    /// </summary>
    public static object? ToPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject()) fields[property.Name] = ToPlain(property.Value);
                return fields;
            case JsonValueKind.Array:
                var items = new List<object?>();
                foreach (var entry in element.EnumerateArray()) items.Add(ToPlain(entry));
                return items;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var whole) ? whole : (object)element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Reads a list of models; a lone object counts as a list of one (spec Q14), misshapen items are dropped.</summary>
    public static List<T> ReadList<T>(JsonElement element) where T : class
    {
        var items = new List<T>();
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in element.EnumerateArray())
            {
                if (Read<T>(entry) is { } item) items.Add(item);
            }
        }
        else if (Read<T>(element) is { } single)
        {
            items.Add(single);
        }
        return items;
    }
}
