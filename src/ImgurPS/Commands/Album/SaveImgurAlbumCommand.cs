using System;
using System.Linq;
using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Client.Download;
using ImgurPS.Commands.Image;
using ImgurPS.Models;

namespace ImgurPS.Commands.Album;

/// <summary>
/// Save-ImgurAlbum: saves each album (or gallery album) into a folder of its own under -Destination, its files
/// numbered in album order. The downloads run as Save-ImgurImage's do, across albums.
/// </summary>
[Cmdlet(VerbsData.Save, "ImgurAlbum", DefaultParameterSetName = AlbumSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpPages.Root + "Save-ImgurAlbum.md")]
[OutputType(typeof(ImgurSavedFile))]
public sealed class SaveImgurAlbumCommand : SaveMediaCmdlet
{
    private const string IdSet = "Id";
    private const string AlbumSet = "Album";

    /// <summary>Albums to save, as Get-ImgurAlbum, Get-ImgurAccountAlbum or a gallery listing write them.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = AlbumSet)]
    [ValidateNotNull]
    public ImgurAlbum? InputObject { get; set; }

    /// <summary>Album ids or links (https://imgur.com/a/AbC1234); binds the Id property of piped records.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string[] AlbumId { get; set; } = Array.Empty<string>();

    /// <summary>The folder the albums' folders go in (default: the current folder); created when missing.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string Destination { get; set; } = ".";

    /// <summary>File names in each album's folder; fields as Save-ImgurImage's; default {index}-{id}{ext}, numbered in album order.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string NameTemplate { get; set; } = "{index}-{id}{ext}";

    /// <summary>Which file of each image: Original (default), Mp4 or Gif of an animation, or a Thumbnail* size (always JPEG).</summary>
    [Parameter]
    public ImgurMediaVariant Variant { get; set; } = ImgurMediaVariant.Original;

    /// <summary>How many downloads run at once, 1 to 16 (default 4).</summary>
    [Parameter]
    [ValidateRange(1, 16)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>A file listing the ids saved; images it lists are skipped, and each image saved is added.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Archive { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing() => StartSaving(Destination, NameTemplate, Variant, ThrottleLimit, Archive);

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (InputObject is { } given)
        {
            SaveAlbum(given, given);
            return;
        }

        foreach (var id in AlbumId)
        {
            try
            {
                SaveAlbum(Await(Client.GetAlbumAsync(NewCall(), id)), id);
            }
            catch (Exception error) when (error is not PipelineStoppedException)
            {
                Refuse(id, error);
            }
        }
    }

    private void SaveAlbum(ImgurAlbum album, object source)
    {
        if (album.Id is null || !ImgurIds.IsValid(album.Id))
        {
            Refuse(source, new ImgurDownloadException(ImgurDownloadProblem.IdInvalid,
                $"The album's id '{album.Id}' is not an Imgur id (letters and digits only), so it was not saved. Check where the album came from."));
            return;
        }

        // Listings carry no images, or only the first few; the album's own listing has them all, in order.
        var images = album.Images is { } carried && carried.Length >= album.ImagesCount ? carried : null;
        if (images is null)
        {
            try
            {
                images = Await(Client.GetAlbumImagesAsync(NewCall(), album.Id)).ToArray();
            }
            catch (Exception error) when (error is not PipelineStoppedException)
            {
                Refuse(source, error);
                return;
            }
        }

        var folder = System.IO.Path.Combine(DestinationPath, FileNames.MakeSafe(string.IsNullOrWhiteSpace(album.Title) ? album.Id : $"{album.Title} ({album.Id})"));
        // One album's folder that cannot be made (a file has its name) fails that album only.
        if (!WhatIfWanted() && MakeFolder(folder) is { } failure)
        {
            Refuse(source, failure);
            return;
        }
        var width = Math.Max(3, images.Length.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        for (var index = 0; index < images.Length; index++)
        {
            var image = images[index];
            if (image.Id is null || !Uri.TryCreate(image.Link, UriKind.Absolute, out var link))
            {
                Refuse(source, new ArgumentException($"Image {index + 1} of album {album.Id} has no direct link to save from."));
                continue;
            }

            var item = new SaveItem(image, image.Id, link) { AlbumId = album.Id, Animated = image.Animated, Size = image.Size, Mp4Size = image.Mp4Size };
            SaveImgurImageCommand.Describe(item.Fields, image);
            item.Fields.Album = string.IsNullOrWhiteSpace(album.Title) ? album.Id : album.Title;
            item.Fields.Index = index + 1;
            item.Fields.IndexWidth = width;
            Save(item, NameTemplate, folder);
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing() => FinishSaving();
}
