using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Tag;

/// <summary>Get-ImgurGalleryTag: the tags of gallery items, with their votes (TG-05).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurGalleryTag", HelpUri = HelpPages.Root + "Get-ImgurGalleryTag.md")]
[OutputType(typeof(ImgurTagVote))]
public sealed class GetImgurGalleryTagCommand : ImgurApiCmdlet
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
        foreach (var id in GalleryId) WriteResult(Client.GetGalleryTagVotesAsync(call, id), id, enumerateCollection: true);
    }
}
