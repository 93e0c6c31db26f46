using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace ImgurPS.Emulator.Imgur;

/// <summary>
/// The XML wire format (spec 1.7): a <c>&lt;data success="1" status="200"&gt;</c> root, object fields
/// as child elements named by their JSON key, lists as <c>&lt;item&gt;</c> children, null and empty strings as
/// empty elements, booleans as <c>true</c>/<c>false</c>. As the real service does (spec Q33), only the root and
/// empty lists say <c>type="array"</c>, and an upload's answer says it on a root that holds the image's fields.
/// </summary>
public static class XmlEnvelope
{
    public static string Write(JsonNode? data, bool success, int status, bool isUpload = false)
    {
        XElement root = Element("data", data, isRoot: true);
        if (isUpload && root.Attribute("type") is null) root.Add(new XAttribute("type", "array"));
        root.Add(new XAttribute("success", success ? "1" : "0"), new XAttribute("status", status));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + root.ToString(SaveOptions.DisableFormatting);
    }

    static XElement Element(string name, JsonNode? node, bool isRoot = false)
    {
        var element = new XElement(name);
        switch (node)
        {
            case JsonObject fields:
                foreach ((string key, JsonNode? value) in fields)
                {
                    element.Add(Element(XmlConvert.EncodeLocalName(key), value));
                }

                break;
            case JsonArray items:
                if (isRoot || items.Count == 0) element.Add(new XAttribute("type", "array"));
                foreach (JsonNode? item in items)
                {
                    element.Add(Element("item", item));
                }

                break;
            case JsonValue value:
                element.Value = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                break;
        }

        return element;
    }
}
