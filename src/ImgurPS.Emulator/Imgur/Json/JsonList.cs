using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ImgurPS.Emulator.Imgur;

/// <summary>Builds JSON arrays from sequences, for the many listings, <c>/ids</c> and payloads.</summary>
public static class JsonList
{
    public static JsonArray Of<T>(IEnumerable<T> items, Func<T, JsonNode?> select) => new(items.Select(select).ToArray());

    public static JsonArray Of(IEnumerable<string> items) => Of(items, item => JsonValue.Create(item));

    public static JsonArray Of(IEnumerable<long> items) => Of(items, item => JsonValue.Create(item));
}
