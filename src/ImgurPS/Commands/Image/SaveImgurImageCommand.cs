using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Image;

/// <summary>
/// Save-ImgurImage: saves images to disk, from piped image objects (any listing's), ids or links. Each item's failure
/// is its own error and its own Failed report; the batch goes on. The downloads are the client's.
/// </summary>
[Cmdlet(VerbsData.Save, "ImgurImage", DefaultParameterSetName = ImageSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpPages.Root + "Save-ImgurImage.md")]
[OutputType(typeof(ImgurSavedFile))]
public sealed class SaveImgurImageCommand : SaveMediaCmdlet
{
    private const string IdSet = "Id";

    // The default: an image object also has the Id and Link properties the Id set binds, and as an object it brings
    // what names and skips need (title, size), with no request.
    private const string ImageSet = "Image";

    /// <summary>Images to save, as Get-ImgurImage, Get-ImgurAlbumImage, Get-ImgurAccountImage or a gallery listing write them.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ImageSet)]
    [ValidateNotNull]
    public ImgurImage? InputObject { get; set; }

    /// <summary>Image ids or Imgur links (https://imgur.com/AbC1234, https://i.imgur.com/AbC1234.png); binds the Id property of piped records.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[] ImageId { get; set; } = Array.Empty<string>();

    /// <summary>The image's direct link, bound from piped records (an earlier run's report); with it nothing is asked of the API, and without one (a failed row's) the id is looked up.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    public Uri? Link { get; set; }

    /// <summary>The folder to save into (default: the current folder); created when missing.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string Destination { get; set; } = ".";

    /// <summary>File names: fields {id}, {title}, {album}, {index}, {datetime}, {account}, {ext}; default {id}{ext}.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string NameTemplate { get; set; } = "{id}{ext}";

    /// <summary>Which file: Original (default), Mp4 or Gif of an animation, or a Thumbnail* size (always JPEG).</summary>
    [Parameter]
    public ImgurMediaVariant Variant { get; set; } = ImgurMediaVariant.Original;

    /// <summary>How many downloads run at once, 1 to 16 (default 4). Objects and errors still come out in input order.</summary>
    [Parameter]
    [ValidateRange(1, 16)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>A file listing the ids saved; items it lists are skipped, and each item saved is added.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Archive { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing() => StartSaving(Destination, NameTemplate, Variant, ThrottleLimit, Archive);

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (InputObject is { } image)
        {
            SaveImage(image, image);
            return;
        }

        foreach (var id in ImageId)
        {
            // A report's failed row has an empty Link: the id is looked up as if no link were given.
            if (Link is { IsAbsoluteUri: true } && ImageId.Length == 1)
            {
                // A record's Link may be a page (an album's or a post's imgur.com/a/... link), which holds no image file.
                if (Link.Segments[Link.Segments.Length - 1].IndexOf('.') < 0)
                {
                    // The id is the album's or the post's, so its direct link would only find removed.png.
                    Refuse(id, new ArgumentException($"'{Link}' is a page, not an image file: save the album with Save-ImgurAlbum -AlbumId {id}, and an image by its own id or direct link (https://i.imgur.com/AbC1234.png)."));
                }
                else
                {
                    Save(new SaveItem(id, id, Link), NameTemplate, DestinationPath);
                }
                continue;
            }

            try
            {
                SaveImage(Await(Client.GetImageAsync(NewCall(), id)), id);
            }
            catch (Exception error) when (error is not PipelineStoppedException)
            {
                Refuse(id, error);
            }
        }
    }

    private void SaveImage(ImgurImage image, object source)
    {
        if (image.Id is null || !Uri.TryCreate(image.Link, UriKind.Absolute, out var link))
        {
            Refuse(source, new ArgumentException($"The image {image.Id} has no direct link to save from. Pass its id, and Save-ImgurImage asks Imgur for it."));
            return;
        }

        var item = new SaveItem(source, image.Id, link) { Animated = image.Animated, Size = image.Size, Mp4Size = image.Mp4Size };
        Describe(item.Fields, image);
        Save(item, NameTemplate, DestinationPath);
    }

    internal static void Describe(Client.Download.NameFields fields, ImgurImage image)
    {
        fields.Title = image.Title;
        fields.Datetime = image.Datetime;
        fields.Account = image.AccountUrl;
    }

    /// <inheritdoc />
    protected override void EndProcessing() => FinishSaving();
}
