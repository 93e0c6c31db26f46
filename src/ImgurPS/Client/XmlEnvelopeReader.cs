using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace ImgurPS.Client;

/// <summary>
/// Turns Imgur's XML form (spec 1.7) into the JSON envelope, so both wire forms share one parser and one set
/// of models. Leaves become strings; the lenient converters read numbers and booleans from them.
/// </summary>
internal static class XmlEnvelopeReader
{
    private const string ListEntry = "item";

    private static readonly XmlReaderSettings SafeSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The envelope as JSON, or null when the document's root is not Imgur's data element.</summary>
    /// <exception cref="XmlException">The body is not well-formed XML.</exception>
    public static byte[]? Convert(byte[] body)
    {
        XElement root;
        using (var reader = XmlReader.Create(new MemoryStream(body), SafeSettings))
        {
            root = XElement.Load(reader);
        }

        if (root.Name.LocalName != "data") return null;

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            WriteValue(root, writer);
            writer.WriteBoolean("success", (string?)root.Attribute("success") is "1" or "true");
            if (int.TryParse((string?)root.Attribute("status"), out var status)) writer.WriteNumber("status", status);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    // List or object is decided by the children, never by the type attribute alone (spec Q33): a real upload
    // answer says type="array" on a root that holds one image's fields, and real lists come without the attribute.
    private static void WriteValue(XElement element, Utf8JsonWriter writer)
    {
        var children = element.Elements().ToList();
        if (children.Count == 0)
        {
            WriteLeaf(element, writer);
        }
        else if (children.All(child => child.Name.LocalName == ListEntry))
        {
            WriteList(children, writer);
        }
        else
        {
            writer.WriteStartObject();
            // A name written twice keeps its first value: Imgur's own tag vote example writes the author as a second <name>.
            foreach (var field in children.GroupBy(child => child.Name.LocalName))
            {
                writer.WritePropertyName(field.Key);
                WriteValue(field.First(), writer);
            }
            writer.WriteEndObject();
        }
    }

    private static void WriteList(IEnumerable<XElement> entries, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var entry in entries) WriteValue(entry, writer);
        writer.WriteEndArray();
    }

    private static void WriteLeaf(XElement element, Utf8JsonWriter writer)
    {
        if (element.Value.Length > 0 && element.Value != "null")
        {
            writer.WriteStringValue(element.Value);
        }
        else if ((string?)element.Attribute("type") == "array")
        {
            // An empty list is a self-closed element that says it is one.
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
        else
        {
            // Imgur writes null and "" alike as an empty element; one legacy example printed the word null.
            writer.WriteNullValue();
        }
    }
}
