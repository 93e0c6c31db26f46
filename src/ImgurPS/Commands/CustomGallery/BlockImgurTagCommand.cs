using System;
using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Block-ImgurTag: hides a tag's items from the signed-in user's galleries (CG-06), one request per tag, as the API takes one tag at a time.</summary>
[Cmdlet(VerbsSecurity.Block, "ImgurTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Block-ImgurTag.md")]
[OutputType(typeof(void))]
public sealed class BlockImgurTagCommand : ImgurApiCmdlet
{
    /// <summary>The tag names; tags and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ChangeEach(TagName, tag => $"tag {tag}", "Block in your galleries", (call, tag) => Client.BlockTagAsync(call, tag));
    }
}
