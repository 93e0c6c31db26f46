using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ImgurPS.Client;

/// <summary>
/// Masks secrets in any text that may reach a user: messages, logs, exceptions. It knows the secret shapes
/// (Authorization values, token and secret fields) and the exact secrets of the sessions in this process.
/// </summary>
internal static class Redaction
{
    public const string Mask = "***";

    // A secret after its key: a quoted value whole (spaces and escaped quotes included), else up to a delimiter.
    private static readonly Regex SecretShapes = new(
        @"(?<key>\b(?:Bearer|Client-ID)\s+|(?:client_secret|refresh_token|access_token|password|X-Mashape-Key|x-rapidapi-key)[""']?\s*[:=]\s*)(?:""(?<value>(?:[^""\\]|\\.)*)""|'(?<value>[^']*)'|(?<value>[^\s""'&,;}]+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly ConcurrentDictionary<string, byte> KnownSecrets = new(StringComparer.Ordinal);

    /// <summary>Remembers a secret so that it is masked wherever it appears later.</summary>
    public static void Register(string? secret)
    {
        // Very short values would mask ordinary words; real Imgur secrets are 15 to 40 characters.
        if (secret is { Length: >= 8 }) KnownSecrets.TryAdd(secret, 0);
    }

    private static string MaskValue(Match match)
    {
        var value = match.Groups["value"];
        var start = value.Index - match.Index;
        return match.Value.Substring(0, start) + Mask + match.Value.Substring(start + value.Length);
    }

    public static string Redact(string? text)
    {
        if (text is null || text.Length == 0) return string.Empty;
        // Known secrets first: a shape might mask only the start of one, leaving the rest to be seen.
        var masked = text;
        foreach (var secret in KnownSecrets.Keys)
        {
            masked = masked.Replace(secret, Mask);
        }
        return SecretShapes.Replace(masked, MaskValue);
    }
}
