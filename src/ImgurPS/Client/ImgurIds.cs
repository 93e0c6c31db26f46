using System.Text.RegularExpressions;

namespace ImgurPS.Client;

/// <summary>The shape of Imgur's ids and deletehashes: letters and digits only (spec 1.13).</summary>
internal static class ImgurIds
{
    private static readonly Regex Shape = new("^[A-Za-z0-9]+$", RegexOptions.CultureInvariant);

    public static bool IsValid(string id) => Shape.IsMatch(id);
}
