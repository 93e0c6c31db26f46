using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Memegen;

/// <summary>Get-ImgurMemeTemplate: Imgur's stock meme background images (MG-01).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurMemeTemplate", HelpUri = HelpPages.Root + "Get-ImgurMemeTemplate.md")]
[OutputType(typeof(ImgurImage))]
public sealed class GetImgurMemeTemplateCommand : ImgurApiCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        WriteResult(Client.GetMemeTemplatesAsync(call), "memegen/defaults", enumerateCollection: true);
    }
}
