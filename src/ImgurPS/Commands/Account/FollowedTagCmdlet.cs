using System;
using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;

namespace ImgurPS.Commands.Account;

/// <summary>Base of Add- and Remove-ImgurFollowedTag: one request per tag, each confirmed on its own, as the signed-in user.</summary>
public abstract class FollowedTagCmdlet : ImgurApiCmdlet
{
    /// <summary>The tag names; binds the TagName of tag objects (Get-ImgurTag).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Tag")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TagNameCompleter))]
    public string[] TagName { get; set; } = Array.Empty<string>();

    /// <summary>What -WhatIf and -Confirm say is done to each tag.</summary>
    private protected abstract string Action { get; }

    private protected abstract Task<bool> SendAsync(ImgurCall call, string tag);

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        foreach (var tag in TagName)
        {
            if (ShouldChange(tag, Action)) TryAwait(SendAsync(call, tag), tag, out _);
        }
    }
}
