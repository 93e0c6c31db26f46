using System;
using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Account;

/// <summary>Add-ImgurFollowedTag: the signed-in user follows tags (AC-28), one request per tag, each confirmed on its own.</summary>
[Cmdlet(VerbsCommon.Add, "ImgurFollowedTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpPages.Root + "Add-ImgurFollowedTag.md")]
[OutputType(typeof(void))]
public sealed class AddImgurFollowedTagCommand : ImgurApiCmdlet
{
    /// <summary>The tag names; binds the TagName of tag objects (Get-ImgurTag).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Tag")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ChangeEach(TagName, tag => tag, "Follow tag", (call, tag) => Client.FollowTagAsync(call, tag));
    }
}
