using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ImgurPS.Emulator.Imgur;

/// <summary>Imgur takes parameters as form fields, multipart fields, JSON, or in the query string (spec 1.16).</summary>
public static class RequestFields
{
    public static Dictionary<string, string> FromQuery(HttpRequest request) =>
        request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The query fields, overridden by the body's; throws <see cref="BadHttpRequestException"/> for unreadable JSON.</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        Dictionary<string, string> fields = FromQuery(request);
        if (request.HasFormContentType)
        {
            foreach ((string key, var value) in await request.ReadFormAsync(cancellation))
            {
                fields[key] = value.ToString();
            }
        }
        else if (request.HasJsonContentType())
        {
            foreach ((string key, JsonNode? value) in await ReadJsonObjectAsync(request, cancellation))
            {
                fields[key] = value is JsonValue text && text.GetValueKind() == JsonValueKind.String
                    ? text.GetValue<string>()
                    : value?.ToJsonString() ?? "";
            }
        }

        return fields;
    }

    static async Task<JsonObject> ReadJsonObjectAsync(HttpRequest request, CancellationToken cancellation)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellation) as JsonObject
                ?? throw new BadHttpRequestException("The JSON body must be an object of parameters.");
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException($"The request body is not valid JSON: {e.Message}");
        }
    }
}
