using System;
using System.Management.Automation;
using ImgurPS.Client;

namespace ImgurPS.Commands.Gallery;

/// <summary>Base of the cmdlets that read one thing about each gallery item given or piped (its votes, its tags).</summary>
public abstract class GalleryItemReadCmdlet : ImgurApiCmdlet
{
    /// <summary>The gallery item's id; gallery items bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurId]
    public string[] GalleryId { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        foreach (var id in GalleryId) WriteFor(call, id);
    }

    /// <summary>Reads and writes what the cmdlet reports about the item <paramref name="galleryId"/>.</summary>
    private protected abstract void WriteFor(ImgurCall call, string galleryId);
}
