using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Get-ImgurGalleryVote: the up and down votes of gallery items (GA-13).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurGalleryVote", HelpUri = HelpPages.Root + "Get-ImgurGalleryVote.md")]
[OutputType(typeof(ImgurVote))]
public sealed class GetImgurGalleryVoteCommand : ImgurApiCmdlet
{
    /// <summary>The gallery item's id; gallery items bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string[] GalleryId { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        foreach (var id in GalleryId) WriteResult(Client.GetGalleryVotesAsync(call, id), id);
    }
}
