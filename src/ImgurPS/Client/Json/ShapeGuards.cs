using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ImgurPS.Client.Json;

/// <summary>
/// Keeps one field of the wrong shape from failing a whole response: an object-typed property that receives a
/// scalar becomes null, an array property that receives a lone object becomes a one-element array (Q14), and
/// array elements of the wrong shape are dropped.
/// </summary>
internal static class ShapeGuards
{
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in typeInfo.Properties)
        {
            if (property.CustomConverter is not null) continue;
            var type = property.PropertyType;
            if (type.IsArray && IsGuardedElement(type.GetElementType()!))
            {
                property.CustomConverter = (JsonConverter)Activator.CreateInstance(typeof(ArrayGuard<>).MakeGenericType(type.GetElementType()!))!;
            }
            else if (IsModel(type))
            {
                property.CustomConverter = (JsonConverter)Activator.CreateInstance(typeof(ObjectGuard<>).MakeGenericType(type))!;
            }
        }
    }

    private static bool IsModel(Type type) => type.IsClass && type != typeof(string) && !type.IsArray || type.IsInterface;

    private static bool IsGuardedElement(Type type) => IsModel(type);

    /// <summary>Reads a T where the reader sits on an object; anything else is skipped and yields null.</summary>
    internal static T? ReadObject<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) where T : class
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        return JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    private sealed class ObjectGuard<T> : JsonConverter<T?> where T : class
    {
        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ReadObject<T>(ref reader, options);

        public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, options.GetTypeInfo(typeof(T)));
    }

    private sealed class ArrayGuard<T> : JsonConverter<T[]?> where T : class
    {
        public override bool HandleNull => true;

        public override T[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject<T>(ref reader, options) is { } single ? new[] { single } : Array.Empty<T>();
                case JsonTokenType.StartArray:
                    var items = new List<T>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (ReadObject<T>(ref reader, options) is { } item) items.Add(item);
                    }
                    return items.ToArray();
                default:
                    reader.Skip();
                    return null;
            }
        }

        public override void Write(Utf8JsonWriter writer, T[]? value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, options.GetTypeInfo(typeof(T[])));
    }
}
