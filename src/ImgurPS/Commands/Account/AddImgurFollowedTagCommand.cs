using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Add-ImgurFollowedTag: the signed-in user follows tags (AC-28), one request per tag, each confirmed on its own.</summary>
[Cmdlet(VerbsCommon.Add, "ImgurFollowedTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpPages.Root + "Add-ImgurFollowedTag.md")]
[OutputType(typeof(ImgurTag))]
public sealed class AddImgurFollowedTagCommand : ImgurApiCmdlet
{
    /// <summary>The tag names; binds the TagName of tag objects (Get-ImgurTag).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Tag")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = Array.Empty<string>();

    /// <summary>Writes each tag as Imgur has it after following it (one more request per tag).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        ChangeEach(TagName, tag => tag, "Follow tag", (call, tag) => Client.FollowTagAsync(call, tag),
            passOn: PassThru ? (call, tag) => WriteReadBack(() => Client.GetTagInfoAsync(call, tag), tag) : null);
    }
}
