using System.Collections;
using System.Management.Automation;
using ImgurPS.Client;

namespace ImgurPS.Commands;

/// <summary>
/// Checks image, album and gallery ids and deletehashes before any request: Imgur's are letters and digits
/// only (spec 1.13), so anything else is a typo, and sending it would only cost a credit. Links are read
/// into ids before this check by <see cref="ImgurLinkAttribute"/>.
/// </summary>
internal sealed class ImgurIdAttribute : ValidateArgumentsAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        var values = arguments is string or not IEnumerable ? new[] { arguments } : (IEnumerable)arguments;
        foreach (var value in values)
        {
            if (value is string { Length: > 0 } text && !ImgurIds.IsValid(text))
            {
                throw new ValidationMetadataException(
                    $"'{text}' is not an Imgur id or deletehash: they are letters and digits only, such as AbC1234. Id parameters also take Imgur links such as https://imgur.com/AbC1234.");
            }
        }
    }
}
