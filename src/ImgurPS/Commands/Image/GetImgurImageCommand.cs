using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Image;

/// <summary>Get-ImgurImage: images by id (IM-01). The owner also sees DeleteHash and Name.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurImage", HelpUri = HelpPages.Root + "Get-ImgurImage.md")]
[OutputType(typeof(ImgurImage))]
public sealed class GetImgurImageCommand : ImgurApiCmdlet
{
    /// <summary>The image ids; binds the ImageId property of piped objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[] ImageId { get; set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        foreach (var id in ImageId)
        {
            WriteResult(Client.GetImageAsync(call, id), id);
        }
    }
}
