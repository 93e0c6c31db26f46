using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountGalleryProfile: a user's gallery totals and trophies (AC-09).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountGalleryProfile", HelpUri = HelpPages.Root + "Get-ImgurAccountGalleryProfile.md")]
[OutputType(typeof(ImgurGalleryProfile))]
public sealed class GetImgurAccountGalleryProfileCommand : ImgurApiCmdlet
{
    /// <summary>The user; "me" (the default) is the signed-in user.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: IsMe(Username));
        WriteResult(Client.GetGalleryProfileAsync(call, Username), Username);
    }
}
