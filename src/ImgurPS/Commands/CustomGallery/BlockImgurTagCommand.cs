using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Block-ImgurTag: hides a tag's items from the signed-in user's galleries (CG-06), one request per tag, as the API takes one tag at a time.</summary>
[Cmdlet(VerbsSecurity.Block, "ImgurTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Block-ImgurTag.md")]
[OutputType(typeof(ImgurCustomGallery))]
public sealed class BlockImgurTagCommand : ImgurApiCmdlet
{
    /// <summary>The tag names; tags and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = Array.Empty<string>();

    /// <summary>Writes the filtered gallery as Imgur has it after each tag is blocked: the blocked tags and the first page of the items they hide (one more request per tag).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ChangeEach(TagName, tag => $"tag {tag}", "Block in your galleries", (call, tag) => Client.BlockTagAsync(call, tag),
            passOn: PassThru ? (call, tag) => WriteReadBack(() => Client.GetCustomGalleryAsync(call, filtered: true), tag) : null);
    }
}
