using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountSubmission: what a user has posted to the gallery (AC-04), page by page.</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountSubmission")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurAccountSubmissionCommand : AccountPagesCmdlet
{
    /// <summary>The user; "me" (the default) is the signed-in user.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: IsMe(Username));
        WritePages(page => Client.GetSubmissionsPageAsync(call, Username, page, PerPage), Page, All, Username);
    }
}
