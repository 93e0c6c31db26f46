using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Topic;

/// <summary>Get-ImgurTopicGallery: the gallery items of a topic (TP-02), or one of them (TP-03).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurTopicGallery", DefaultParameterSetName = ListingSet)]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class GetImgurTopicGalleryCommand : ImgurApiCmdlet
{
    private const string ListingSet = "Listing";
    private const string ByIdSet = "ById";

    /// <summary>The topic's id, or its name (spaces become underscores); topics from Get-ImgurTopic bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string TopicId { get; set; } = string.Empty;

    /// <summary>The id of one gallery item of the topic.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("GalleryId")]
    [ValidateNotNullOrEmpty]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>The order: viral (default), top, time or rising.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("viral", "top", "time", "rising")]
    public string Sort { get; set; } = "viral";

    /// <summary>The time window for -Sort top: day, week (default), month, year or all.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateSet("day", "week", "month", "year", "all")]
    public string Window { get; set; } = "week";

    /// <summary>The page, from 0. Imgur sets the page size.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter(ParameterSetName = ListingSet)]
    public SwitchParameter All { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        if (ParameterSetName == ByIdSet)
        {
            if (TryAwait(Client.GetTopicItemAsync(call, TopicId, ItemId), ItemId, out var item)) WriteObject(item);
            return;
        }

        WritePages(page => Client.GetTopicPageAsync(call, TopicId, Sort.ToLowerInvariant(), Window.ToLowerInvariant(), page), Page, All, TopicId);
    }
}
