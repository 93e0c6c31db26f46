using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Emulator.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ImgurPS.Emulator.Imgur;

/// <summary>Imgur's three upload encodings (Q15).</summary>
public enum UploadSource
{
    File,
    Base64,
    Url,
}

/// <summary>
/// An upload request read in one streaming pass: its text fields, and what the media is. A file part
/// or a base64 field is decoded on the fly, inspected and copied to disk (<see cref="MediaFiles"/>); its bytes are never held in memory.
/// </summary>
public sealed class UploadForm
{
    readonly bool hashContent;
    readonly MediaFiles? keep;

    UploadForm(Dictionary<string, string> fields, bool hashContent, MediaFiles? keep)
    {
        Fields = fields;
        this.hashContent = hashContent;
        this.keep = keep;
    }

    /// <summary>The temporary file holding the media's bytes, when they were kept; the caller keeps or discards it.</summary>
    public string? KeptPath { get; private set; }

    public Dictionary<string, string> Fields { get; }

    /// <summary>How the media came; null when the request had no <c>image</c> or <c>video</c> field.</summary>
    public UploadSource? Source { get; private set; }

    /// <summary>Set together with <see cref="Source"/>.</summary>
    public InspectedFile? File { get; private set; }

    /// <summary>The name of an uploaded file part, if it had one.</summary>
    public string? FileName { get; private set; }

    /// <summary>The address a URL upload names.</summary>
    public string? Url { get; private set; }

    const int MinSectionBuffer = 4 * 1024;
    const int MaxSectionBuffer = 64 * 1024;

    /// <param name="hashContent">Whether to take the SHA-256 of the media (for /_emulator/uploads).</param>
    /// <param name="keep">Where the media's bytes are kept, to be served at its link; null keeps none.</param>
    public static async Task<UploadForm> ReadAsync(HttpRequest request, bool hashContent, MediaFiles? keep, CancellationToken cancellation)
    {
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            // Form-urlencoded and JSON bodies arrive whole anyway; the media text is decoded from there.
            var form = new UploadForm(await RequestFields.ReadAsync(request, cancellation), hashContent, keep);
            if (form.Fields.Remove("image", out string? text) || form.Fields.Remove("video", out text))
            {
                await form.ReadMediaTextAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellation);
            }

            return form;
        }

        var multipart = new UploadForm(RequestFields.FromQuery(request), hashContent, keep);
        await multipart.ReadMultipartAsync(request, cancellation);
        return multipart;
    }

    async Task ReadMultipartAsync(HttpRequest request, CancellationToken cancellation)
    {
        string boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value
            ?? throw new BadHttpRequestException("The multipart body has no boundary.");
        // The reader's default 4 KB buffer costs a round of async reads and copies per 4 KB of a large file,
        // and a small form needs no more than its own length.
        int buffer = (int)Math.Clamp(request.ContentLength ?? MaxSectionBuffer, MinSectionBuffer, MaxSectionBuffer);
        var reader = new MultipartReader(boundary, request.Body, buffer);
        while (await reader.ReadNextSectionAsync(cancellation) is { } section)
        {
            if (section.GetContentDispositionHeader() is not { } disposition)
            {
                continue;
            }

            string name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (name is not ("image" or "video"))
            {
                Fields[name] = await section.ReadAsStringAsync(cancellation);
            }
            else if (Source is not null)
            {
                // Only the first media part counts; the reader skips the body of this one.
                continue;
            }
            else if (disposition.IsFileDisposition() || section.ContentType?.StartsWith("text/", StringComparison.OrdinalIgnoreCase) == false)
            {
                FileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                Source = UploadSource.File;
                File = await InspectAsync(section.Body, cancellation);
            }
            else
            {
                await ReadMediaTextAsync(section.Body, cancellation);
            }
        }
    }

    /// <summary>A text media field holds a URL or base64; Imgur tells them apart by the URL's scheme.</summary>
    async Task ReadMediaTextAsync(Stream text, CancellationToken cancellation)
    {
        var peek = new BufferedReadStream(text, 4096);
        await peek.EnsureBufferedAsync("https://".Length, cancellation);
        string start = Encoding.ASCII.GetString(peek.BufferedData);
        if (start.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || start.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            Source = UploadSource.Url;
            Url = (await new StreamReader(peek).ReadToEndAsync(cancellation)).Trim();
            File = UrlFile(Url);
            return;
        }

        Source = UploadSource.Base64;
        using var transform = new FromBase64Transform(FromBase64TransformMode.IgnoreWhiteSpaces);
        var decoded = new CryptoStream(peek, transform, CryptoStreamMode.Read, leaveOpen: true);
        try
        {
            File = await InspectAsync(decoded, cancellation);
        }
        catch (FormatException)
        {
            // Not disposed: a stream stopped mid-block flushes its source when disposed, and a multipart
            // section cannot be flushed, which would turn this 400 into a crash.
            throw new BadHttpRequestException("The image field is neither an http(s) URL nor valid base64 data.");
        }

        await decoded.DisposeAsync();
    }

    async Task<InspectedFile> InspectAsync(Stream content, CancellationToken cancellation)
    {
        await using FileStream? copy = keep?.Create();
        KeptPath = copy?.Name;
        return await UploadInspector.InspectAsync(content, hashContent, cancellation, copy);
    }

    /// <summary>Nothing is fetched: the type comes from the URL's extension (JPEG if none) and the size stays 0.</summary>
    static InspectedFile UrlFile(string url)
    {
        string extension = Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? Path.GetExtension(uri.AbsolutePath).TrimStart('.') : "";
        MediaType media = MediaType.FromExtension(extension) ?? MediaType.Jpeg;
        return new InspectedFile(media, 0, 0, 0, media.IsVideo);
    }
}
