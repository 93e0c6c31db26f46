using System;
using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>Unblock-ImgurTag: shows a blocked tag's items again in the signed-in user's galleries (CG-07), one request per tag, as the API takes one tag at a time.</summary>
[Cmdlet(VerbsSecurity.Unblock, "ImgurTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Unblock-ImgurTag.md")]
[OutputType(typeof(void))]
public sealed class UnblockImgurTagCommand : ImgurApiCmdlet
{
    /// <summary>The tag names; tags and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ChangeEach(TagName, tag => $"tag {tag}", "Unblock in your galleries", (call, tag) => Client.UnblockTagAsync(call, tag));
    }
}
