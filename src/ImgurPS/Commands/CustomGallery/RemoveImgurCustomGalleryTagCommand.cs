using System;
using System.Collections.Generic;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.CustomGallery;

/// <summary>
/// Remove-ImgurCustomGalleryTag: removes tags from the signed-in user's custom gallery (CG-04). Tags from the
/// parameter and the whole pipeline go out in one request at the end, as the API takes a comma-joined list.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "ImgurCustomGalleryTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpPages.Root + "Remove-ImgurCustomGalleryTag.md")]
[OutputType(typeof(ImgurCustomGallery))]
public sealed class RemoveImgurCustomGalleryTagCommand : ImgurApiCmdlet
{
    private readonly List<string> _tags = new();

    /// <summary>Removes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>The tag names; tags and tag votes bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = Array.Empty<string>();

    /// <summary>Writes the custom gallery as Imgur has it after the change: its tags and its first page of items (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord() => _tags.AddRange(TagName);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_tags.Count == 0) return;
        var call = NewCall(requiresUser: true);
        var target = string.Join(", ", _tags);
        if (ShouldChange($"custom gallery tags {target}", "Remove from the custom gallery", Force)) Change(Client.RemoveCustomGalleryTagsAsync(call, _tags), target, PassThru, () => Client.GetCustomGalleryAsync(call, filtered: false));
    }
}
