using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Gallery;

/// <summary>Publish-ImgurGalleryItem: posts one of the user's images (GA-06) or albums (GA-07) to the public gallery.</summary>
[Cmdlet(VerbsData.Publish, "ImgurGalleryItem", DefaultParameterSetName = ImageSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Publish-ImgurGalleryItem.md")]
[OutputType(typeof(ImgurGalleryImage), typeof(ImgurGalleryAlbum))]
public sealed class PublishImgurGalleryItemCommand : ImgurApiCmdlet
{
    private const string ImageSet = "Image";
    private const string AlbumSet = "Album";

    /// <summary>The id of the image to post; images from Send-ImgurImage bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ImageSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string ImageId { get; set; } = string.Empty;

    /// <summary>The id of the album to post; albums bind by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AlbumSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string AlbumId { get; set; } = string.Empty;

    /// <summary>The title of the post; Imgur requires one. Binds the Title property of piped objects and records.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Title { get; set; } = string.Empty;

    /// <summary>The topic, by id or name.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Topic { get; set; }

    /// <summary>Accepts Imgur's gallery terms; required the first time an account posts.</summary>
    [Parameter]
    public SwitchParameter AcceptTerms { get; set; }

    /// <summary>Marks the post as mature; -Mature:$false marks it as not mature.</summary>
    [Parameter]
    public SwitchParameter Mature { get; set; }

    /// <summary>Tags for the post.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Tag { get; set; }

    /// <summary>Writes the post as the gallery has it after publishing (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var album = ParameterSetName == AlbumSet;
        var id = album ? AlbumId : ImageId;
        var call = NewCall(requiresUser: true);
        if (!ShouldChange($"{(album ? "album" : "image")} {id}", $"Publish to the gallery as \"{Title}\"")) return;

        var post = new GalleryPost
        {
            Title = Title,
            Topic = Topic,
            AcceptTerms = AcceptTerms,
            Mature = MyInvocation.BoundParameters.ContainsKey(nameof(Mature)) ? Mature.IsPresent : null,
            Tags = Tag,
        };
        var kind = album ? "album" : "image";
        Change(Client.PublishAsync(call, kind, id, post), id, PassThru, () => Client.GetGalleryItemAsync(call, kind, id));
    }
}
