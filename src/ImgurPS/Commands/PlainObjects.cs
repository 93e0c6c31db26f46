using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using ImgurPS.Client;

namespace ImgurPS.Commands;

/// <summary>
/// Turns the client's plain payloads (dictionaries, lists, scalars from ImgurJson.ToPlain) into what PowerShell
/// users expect from a REST call: PSCustomObjects with the wire's field names, arrays and scalars.
/// </summary>
internal static class PlainObjects
{
    public static object? ToPowerShell(object? value) => value switch
    {
        IDictionary<string, object?> fields => ToCustomObject(fields),
        IList<object?> items => ToArray(items),
        _ => value,
    };

    /// <summary>Hashtable entries as request fields: arrays comma-joined (spec Q16), booleans as true/false.</summary>
    public static List<KeyValuePair<string, string?>>? ToFields(IDictionary? table)
    {
        if (table is null) return null;
        var fields = new List<KeyValuePair<string, string?>>();
        foreach (DictionaryEntry entry in table)
        {
            fields.Add(new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, ToText(entry.Value)));
        }
        return fields;
    }

    private static string? ToText(object? value)
    {
        value = value is PSObject wrapped ? wrapped.BaseObject : value;
        return value switch
        {
            null => null,
            string text => text,
            bool flag => flag ? "true" : "false",
            SwitchParameter flag => flag.IsPresent ? "true" : "false",
            IEnumerable items => ImgurRequest.Join(ToTexts(items)),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    private static IEnumerable<string> ToTexts(IEnumerable items)
    {
        foreach (var item in items)
        {
            if (ToText(item) is { } text) yield return text;
        }
    }

    private static PSObject ToCustomObject(IDictionary<string, object?> fields)
    {
        var result = new PSObject();
        foreach (var field in fields) result.Properties.Add(new PSNoteProperty(field.Key, ToPowerShell(field.Value)));
        return result;
    }

    private static object?[] ToArray(IList<object?> items)
    {
        var result = new object?[items.Count];
        for (var i = 0; i < items.Count; i++) result[i] = ToPowerShell(items[i]);
        return result;
    }
}
