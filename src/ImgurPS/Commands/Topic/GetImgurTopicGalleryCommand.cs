using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Commands.Gallery;
using ImgurPS.Models;

namespace ImgurPS.Commands.Topic;

/// <summary>Get-ImgurTopicGallery: the gallery items of a topic (TP-02), or one of them (TP-03).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurTopicGallery", DefaultParameterSetName = ListingSet, HelpUri = HelpPages.Root + "Get-ImgurTopicGallery.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurTopicGalleryCommand : GalleryListingCmdlet
{
    /// <summary>The topic's id, or its name (spaces become underscores); topics from Get-ImgurTopic bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TopicCompleter))]
    public string TopicId { get; set; } = string.Empty;

    /// <summary>The id of one gallery item of the topic.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("GalleryId")]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.GalleryItem)]
    [ImgurId]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>The order: viral (default), top, time or rising.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("viral", "top", "time", "rising")]
    public string Sort { get; set; } = "viral";

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        WriteItemOrPages(() => Client.GetTopicItemAsync(call, TopicId, ItemId), ItemId,
            (window, page) => Client.GetTopicPageAsync(call, TopicId, Sort.ToLowerInvariant(), window, page), TopicId);
    }
}
