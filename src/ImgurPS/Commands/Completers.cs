using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ImgurPS.Models;

namespace ImgurPS.Commands;

/// <summary>
/// Tab completion from what the session has already seen (albums, topics, tags in earlier answers); never a
/// request while the user types. A value matches on its start, or its label on any part.
/// </summary>
internal abstract class SeenItemCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = wordToComplete.Trim('\'', '"');
        // The connection typed on the command line, when it is already a value; otherwise the default.
        var typedConnection = fakeBoundParameters["Connection"] is PSObject { BaseObject: ImgurConnection given } ? given : fakeBoundParameters["Connection"] as ImgurConnection;
        var items = (typedConnection?.Session ?? ImgurModule.DefaultSession) is { } session ? Items(session.Seen) : Array.Empty<KeyValuePair<string, string>>();
        return items
            .Where(item => item.Key.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                || typed.Length > 0 && item.Value.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0)
            .OrderBy(item => item.Key, StringComparer.OrdinalIgnoreCase)
            .Select(item => new CompletionResult(Quoted(item.Key, wordToComplete), item.Value.Length > 0 ? $"{item.Key} ({item.Value})" : item.Key, CompletionResultType.ParameterValue, item.Value.Length > 0 ? item.Value : item.Key));
    }

    private protected abstract IEnumerable<KeyValuePair<string, string>> Items(Client.SeenItems seen);

    // Characters that end a bare word or start an expression, so a value holding one must be quoted
    // ('Science_&_Tech'); a quote the user began with is kept.
    private static readonly char[] NeedsQuotes = " \t&(){};,|$@`'\"#<>".ToCharArray();

    private static string Quoted(string value, string typed)
    {
        if (typed.StartsWith("\"", StringComparison.Ordinal))
        {
            return "\"" + value.Replace("`", "``").Replace("$", "`$").Replace("\"", "`\"") + "\"";
        }

        var quote = typed.StartsWith("'", StringComparison.Ordinal) || value.IndexOfAny(NeedsQuotes) >= 0;
        return quote ? "'" + value.Replace("'", "''") + "'" : value;
    }
}

/// <summary>Completes album ids, showing their titles.</summary>
internal sealed class AlbumIdCompleter : SeenItemCompleter
{
    private protected override IEnumerable<KeyValuePair<string, string>> Items(Client.SeenItems seen) => seen.Albums;
}

/// <summary>Completes topic names as the topic routes take them.</summary>
internal sealed class TopicCompleter : SeenItemCompleter
{
    private protected override IEnumerable<KeyValuePair<string, string>> Items(Client.SeenItems seen) => seen.Topics;
}

/// <summary>Completes tag names.</summary>
internal sealed class TagNameCompleter : SeenItemCompleter
{
    private protected override IEnumerable<KeyValuePair<string, string>> Items(Client.SeenItems seen) => seen.Tags;
}
