using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountSubmission: what a user has posted to the gallery (AC-04), page by page.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountSubmission", HelpUri = HelpPages.Root + "Get-ImgurAccountSubmission.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurAccountSubmissionCommand : ImgurApiCmdlet
{
    /// <summary>The user; "me" (the default) is the signed-in user.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>The page, from 0.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Items per page, up to 100 (Imgur's default is 50).</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? PerPage { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: IsMe(Username));
        WritePages(page => Client.GetSubmissionsPageAsync(call, Username, page, PerPage), Page, All, Username);
    }
}
