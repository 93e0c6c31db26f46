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
    private static readonly XmlReaderSettings SafeSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>True when the body is an XML document whose root is Imgur's data element.</summary>
    public static bool TryConvert(byte[] body, out byte[] json)
    {
        json = System.Array.Empty<byte>();
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), SafeSettings);
            root = XElement.Load(reader);
        }
        catch (XmlException)
        {
            return false;
        }

        if (root.Name.LocalName != "data") return false;

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
        json = buffer.ToArray();
        return true;
    }

    private static void WriteValue(XElement element, Utf8JsonWriter writer)
    {
        if ((string?)element.Attribute("type") == "array")
        {
            writer.WriteStartArray();
            foreach (var item in element.Elements()) WriteValue(item, writer);
            writer.WriteEndArray();
        }
        else if (element.HasElements)
        {
            writer.WriteStartObject();
            foreach (var field in element.Elements().GroupBy(child => child.Name.LocalName))
            {
                writer.WritePropertyName(field.Key);
                WriteValue(field.First(), writer);
            }
            writer.WriteEndObject();
        }
        else if (element.Value.Length == 0 || element.Value == "null")
        {
            // Imgur writes null and "" alike as an empty element; one legacy example printed the word null.
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(element.Value);
        }
    }
}
