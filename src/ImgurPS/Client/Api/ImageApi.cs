using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using ImgurPS.Client.Json;
using ImgurPS.Client.Upload;
using ImgurPS.Models;

namespace ImgurPS.Client.Api;

/// <summary>What to say about an upload besides the media itself (spec 2.5 upload fields).</summary>
internal sealed class UploadDetails
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Name { get; set; }

    /// <summary>An album id (own album, signed in) or an album deletehash (anonymous album).</summary>
    public string? Album { get; set; }

    public bool DisableAudio { get; set; }

    public IEnumerable<KeyValuePair<string, string?>> Fields()
    {
        yield return new("title", Title);
        yield return new("description", Description);
        yield return new("name", Name);
        yield return new("album", Album);
        if (DisableAudio) yield return new("disable_audio", "1");
    }
}

/// <summary>The image section of the API (spec 2.5). "address" is an image id, or the deletehash of an anonymous image.</summary>
internal static class ImageApi
{
    /// <summary>
    /// Uploads a checked file as multipart, streamed from disk: images to /3/image, videos to /3/upload in the
    /// video field (spec Q15). <paramref name="progress"/> hears the bytes sent so far, <paramref name="sentContent"/>
    /// the SHA-256 and length of what each attempt sent.
    /// </summary>
    public static async Task<ImgurImage> UploadFileAsync(this ImgurApiClient client, ImgurCall call, ImgurMedia media, UploadDetails details, IProgress<long>? progress, Action<string, long>? sentContent = null)
    {
        var request = ImgurRequest.Api(HttpMethod.Post, media.IsVideo ? "upload" : "image").WithUpload(() => Multipart(media, details, progress, sentContent));
        // Content from memory has no path to give as the image's SourcePath.
        return await SendUploadAsync(client, call, request, media.Content is null ? media.Path : null).ConfigureAwait(false);
    }

    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    private static MultipartFormDataContent Multipart(ImgurMedia media, UploadDetails details, IProgress<long>? progress, Action<string, long>? sentContent)
    {
        // Unbuffered: the copy into the request reads 80 KB blocks already. Asynchronous reads only on Windows, where
        // they are real (overlapped I/O); elsewhere the file is read inline (see ProgressStream).
        var options = FileOptions.SequentialScan | (IsWindows ? FileOptions.Asynchronous : FileOptions.None);
        Stream file = media.Content is { } content ? new MemoryStream(content, writable: false) : new FileStream(media.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, options);
        var form = new MultipartFormDataContent();
        var part = new StreamContent(new ProgressStream(file, progress, readInline: !IsWindows, sentContent), 81920);
        part.Headers.ContentType = new MediaTypeHeaderValue(media.MimeType);
        form.Add(part, media.IsVideo ? "video" : "image", media.FileName);
        form.Add(new StringContent("file"), "type");
        foreach (var field in details.Fields())
        {
            if (field.Value is not null) form.Add(new StringContent(field.Value), field.Key);
        }
        return form;
    }

    /// <summary>Asks Imgur to fetch an image from a URL (type=url).</summary>
    public static async Task<ImgurImage> UploadUrlAsync(this ImgurApiClient client, ImgurCall call, Uri url, UploadDetails details)
    {
        var fields = new List<KeyValuePair<string, string?>> { new("image", url.AbsoluteUri), new("type", "url") };
        fields.AddRange(details.Fields());
        var request = ImgurRequest.Api(HttpMethod.Post, "image").WithForm(fields);
        return await SendUploadAsync(client, call, request, url.AbsoluteUri).ConfigureAwait(false);
    }

    /// <summary>An image by id (IM-01); <paramref name="deleteHash"/> is kept on the answer as in <see cref="AlbumApi.GetAlbumAsync"/>.</summary>
    public static async Task<ImgurImage> GetImageAsync(this ImgurApiClient client, ImgurCall call, string imageId, string? deleteHash = null)
    {
        var result = await client.SendAsync(call, ImgurRequest.Api(HttpMethod.Get, "image", imageId), ImgurJson.Read<ImgurImage>).ConfigureAwait(false);
        var image = result.Stamp() ?? throw ImgurJson.Unexpected("image");
        image.DeleteHash ??= deleteHash;
        return image;
    }

    public static Task DeleteImageAsync(this ImgurApiClient client, ImgurCall call, string address) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Delete, "image", address), "delete the image");

    /// <summary>Sets the title and description (IM-05); a null field is left as it is.</summary>
    public static Task UpdateImageAsync(this ImgurApiClient client, ImgurCall call, string address, string? title, string? description) =>
        client.AcknowledgeAsync(call, ImgurRequest.Api(HttpMethod.Post, "image", address).WithForm(new Dictionary<string, string?>
        {
            ["title"] = title,
            ["description"] = description,
        }), "update the image");

    /// <summary>Toggles the image among the caller's favorites (IM-06).</summary>
    public static Task<ImgurFavoriteResult> ToggleImageFavoriteAsync(this ImgurApiClient client, ImgurCall call, string imageId) =>
        client.ToggleFavoriteAsync(call, "image", imageId);

    private static async Task<ImgurImage> SendUploadAsync(ImgurApiClient client, ImgurCall call, ImgurRequest request, string? source)
    {
        var result = await client.SendAsync(call, request, ImgurJson.Read<ImgurImage>).ConfigureAwait(false);
        var image = result.Stamp() ?? throw ImgurJson.Unexpected("uploaded image");
        image.SourcePath = source;
        return image;
    }
}
