using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Misc;

/// <summary>
/// Get-ImgurFeed: the signed-in user's feed (MS-02). Imgur documents no shape for it, so its data is written as
/// PowerShell objects, field for field.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ImgurFeed", HelpUri = HelpPages.Root + "Get-ImgurFeed.md")]
[OutputType(typeof(PSObject))]
public sealed class GetImgurFeedCommand : ImgurApiCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        if (TryAwait(Client.GetFeedAsync(call), "feed", out var result)) WriteObject(PlainObjects.ToPowerShell(result.Data), enumerateCollection: true);
    }
}
