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
