using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Client.Download;

/// <summary>One file to save: where from, where to, and what size it should have when known.</summary>
internal sealed class MediaRequest
{
    public MediaRequest(Uri link, string folder, string fileName)
    {
        Link = link;
        Folder = folder;
        FileName = fileName;
    }

    public Uri Link { get; }

    /// <summary>The folder the file goes into; it exists.</summary>
    public string Folder { get; }

    /// <summary>The file name wanted; a clash with another item's file adds a number.</summary>
    public string FileName { get; }

    /// <summary>The size Imgur reports; null when unknown (thumbnails, links), then the answer's Content-Length stands in.</summary>
    public long? ExpectedSize { get; set; }

    /// <summary>The connection's API address, whose host may serve media too (the emulator does).</summary>
    public Uri? ApiBase { get; set; }

    /// <summary>How long the host may stay silent: waiting for the answer, or between two reads of the body.</summary>
    public TimeSpan Timeout { get; set; } = AnswerTimer.DefaultTimeout;
}

/// <summary>A saved (or skipped) file.</summary>
internal sealed class SavedMedia
{
    public SavedMedia(string path, long size, bool skipped, Uri source)
    {
        Path = path;
        Size = size;
        Skipped = skipped;
        Source = source;
    }

    public string Path { get; }
    public long Size { get; }

    /// <summary>True when the file was already there with the expected size, and nothing was downloaded.</summary>
    public bool Skipped { get; }

    /// <summary>The address the bytes came from, after redirects.</summary>
    public Uri Source { get; }
}

/// <summary>
/// Downloads media files to disk for Save-ImgurImage and Save-ImgurAlbum. It owns what makes a download safe: the
/// hosts it may talk to (<see cref="MediaLinks.IsAllowed"/>, checked again at every redirect, which it follows by
/// hand), no credential ever sent (its HttpClient is not the API's handler chain, so no Authorization or marketplace
/// key exists to leak), Imgur's removed-image redirect read as "not found", and the bytes streamed into a temporary
/// file beside the target that is moved into place only when complete, so a stop or a broken connection never
/// leaves a truncated file under the final name. Which name, and whether an existing file already is the item, is
/// settled with the run's <see cref="NameClaims"/>.
/// </summary>
internal sealed class MediaDownloader
{
    // Imgur's media links take one redirect at most (a missing image to removed.png); five leaves room for a proxy's
    // own, and more is a misconfigured host.
    internal const int MaxRedirects = 5;
    private const int BufferSize = 81920;

    // Imgur's largest file is a 200 MB video; a host that announces or sends more is not serving Imgur's media, and
    // without a limit a body that never ends would fill the disk.
    internal const long DefaultMaxBytes = 1L << 30;

    private readonly HttpClient _http;
    private readonly long _maxBytes;

    /// <param name="http">A client whose handler follows no redirects and adds no credentials.</param>
    /// <param name="maxBytes">The most bytes one file may have.</param>
    public MediaDownloader(HttpClient http, long maxBytes = DefaultMaxBytes)
    {
        _http = http;
        _maxBytes = maxBytes;
    }

    public async Task<SavedMedia> SaveAsync(MediaRequest request, NameClaims claims, IProgress<long>? progress, CancellationToken cancellation)
    {
        if (!MediaLinks.IsAllowed(request.Link, request.ApiBase)) throw Refused(request.Link, request);

        // A known size settles an earlier run's file before any request: re-running a finished batch sends nothing.
        // The name is claimed here, before the first await, so that on the caller's thread names go out in input order.
        Placement? known = request.ExpectedSize is { } expected ? claims.Place(request.Folder, request.FileName, expected) : null;
        if (known is { Existing: true } earlier) return new SavedMedia(earlier.Path, request.ExpectedSize!.Value, skipped: true, request.Link);

        var place = known;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            deadline.CancelAfter(request.Timeout);
            using var response = await GetFollowingAsync(request, deadline.Token, cancellation).ConfigureAwait(false);
            var length = response.Content.Headers.ContentLength;
            var source = response.RequestMessage?.RequestUri ?? request.Link;
            if (length > _maxBytes) throw TooLarge(request, length);
            // Imgur's media hosts serve no pages; one saved under an image's name (a captive portal's, a proxy's error)
            // would pass for the image and be skipped as done ever after.
            if (string.Equals(response.Content.Headers.ContentType?.MediaType, "text/html", StringComparison.OrdinalIgnoreCase))
            {
                throw new ImgurDownloadException(ImgurDownloadProblem.NotMedia,
                    $"{source} answered with a web page (text/html), not a media file; nothing was saved. A network that asks you to sign in, or a proxy, may be answering for Imgur: check the network, then run the command again.");
            }

            // Imgur's reported size can differ from the file it serves: then an earlier run's file has the served length.
            if (known is not null && length is { } served && served != request.ExpectedSize && claims.FindExisting(request.Folder, request.FileName, served) is { } saved)
            {
                claims.Release(known.Value.Path);
                place = null;
                return new SavedMedia(saved, served, skipped: true, source);
            }

            place ??= claims.Place(request.Folder, request.FileName, length);
            if (place.Value.Existing) return new SavedMedia(place.Value.Path, new FileInfo(place.Value.Path).Length, skipped: true, source);
            var result = await WriteAsync(response, place.Value.Path, request, deadline, progress, cancellation).ConfigureAwait(false);
            place = null;
            return result;
        }
        finally
        {
            // A failed item gives its name back, so that a later item of the same name may take it.
            if (place is { Existing: false } unused) claims.Release(unused.Path);
        }
    }

    /// <summary>Streams the answer into a temporary file beside <paramref name="path"/>, moved there once complete.</summary>
    private async Task<SavedMedia> WriteAsync(HttpResponseMessage response, string path, MediaRequest request, CancellationTokenSource deadline, IProgress<long>? progress, CancellationToken cancellation)
    {
        var length = response.Content.Headers.ContentLength;
        var temporary = System.IO.Path.Combine(request.Folder, $".{System.IO.Path.GetFileName(path)}.{Guid.NewGuid():N}.part");
        try
        {
            long written;
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                written = await CopyAsync(response, file, request, deadline, progress, cancellation).ConfigureAwait(false);
            }

            if (length is { } announced && written != announced)
            {
                throw new ImgurDownloadException(ImgurDownloadProblem.Incomplete,
                    $"{request.Link} ended after {written} of the {announced} bytes its host announced; nothing was saved. Run the command again to retry it.");
            }

            File.Move(temporary, path);
            return new SavedMedia(path, written, skipped: false, response.RequestMessage?.RequestUri ?? request.Link);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Reading failures are the download's own errors by now: what is left is the file system's.
            throw new ImgurDownloadException(ImgurDownloadProblem.WriteFailed,
                $"Cannot write '{path}': {error.Message} Nothing was saved. Check the free space and that the folder is there and writable, then run the command again.", inner: error);
        }
        finally
        {
            if (File.Exists(temporary)) TryDelete(temporary);
        }
    }

    /// <summary>GETs the link, following redirects by hand and only within the allowed hosts.</summary>
    private async Task<HttpResponseMessage> GetFollowingAsync(MediaRequest request, CancellationToken deadline, CancellationToken cancellation)
    {
        var visited = new HashSet<Uri>();
        var address = request.Link;
        for (var hop = 0; ; hop++)
        {
            if (!visited.Add(address) || hop > MaxRedirects)
            {
                throw new ImgurDownloadException(ImgurDownloadProblem.TooManyRedirects,
                    $"{request.Link} redirects in a loop or more than {MaxRedirects} times (last to {address}); nothing was saved. The media host is misbehaving; try again later.");
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, address), HttpCompletionOption.ResponseHeadersRead, deadline).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw TimedOutOrStopped(request, cancellation);
            }

            var status = (int)response.StatusCode;
            if (status >= 300 && status < 400 && response.Headers.Location is { } location)
            {
                response.Dispose();
                var next = location.IsAbsoluteUri ? location : new Uri(address, location);
                if (MediaLinks.IsRemovedPlaceholder(next)) throw Removed(request.Link);
                if (!MediaLinks.IsAllowed(next, request.ApiBase)) throw Refused(next, request, redirectedFrom: address);
                address = next;
                continue;
            }

            if (response.IsSuccessStatusCode) return response;
            response.Dispose();
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone) throw Removed(request.Link);
            throw new ImgurDownloadException(ImgurDownloadProblem.HttpError,
                $"The media host answered {status} {response.ReasonPhrase} for {address}; nothing was saved. Try again later.", status);
        }
    }

    private async Task<long> CopyAsync(HttpResponseMessage response, Stream file, MediaRequest request, CancellationTokenSource deadline, IProgress<long>? progress, CancellationToken cancellation)
    {
        var buffer = new byte[BufferSize];
        long written = 0;
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        // .NET Framework's response stream ignores the token of a read; closing the answer ends the read instead.
        using var abort = deadline.Token.Register(response.Dispose);
        while (true)
        {
            int read;
            try
            {
                // The timeout counts silence, not the whole transfer: a 200 MB video may take minutes, a stalled host may not.
                deadline.CancelAfter(request.Timeout);
                read = await body.ReadAsync(buffer, 0, buffer.Length, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (deadline.IsCancellationRequested && error is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
            {
                throw TimedOutOrStopped(request, cancellation);
            }
            catch (Exception error) when (error is IOException or HttpRequestException)
            {
                throw new ImgurDownloadException(ImgurDownloadProblem.Incomplete,
                    $"The connection broke while saving {request.Link}, after {written} bytes; nothing was saved. Run the command again to retry it.", inner: error);
            }

            if (read == 0) return written;
            if (written + read > _maxBytes) throw TooLarge(request, null);
            // A write error (a full disk, a locked folder) is the file system's, reported by WriteAsync with the file it concerns.
            await file.WriteAsync(buffer, 0, read, cancellation).ConfigureAwait(false);
            written += read;
            progress?.Report(written);
        }
    }

    // Ctrl+C is a stop, never reported as a timeout.
    private static Exception TimedOutOrStopped(MediaRequest request, CancellationToken cancellation) =>
        cancellation.IsCancellationRequested
            ? new OperationCanceledException(cancellation)
            : new ImgurTimeoutException($"The media host sent nothing for {request.Timeout.TotalSeconds:0} s while saving {request.Link}; nothing was saved.", whileSending: false);

    private ImgurDownloadException TooLarge(MediaRequest request, long? announced) => new(ImgurDownloadProblem.TooLarge,
        $"The media host {(announced is { } size ? $"announces {Megabytes(size)} for {request.Link}, over the limit of {Megabytes(_maxBytes)}" : $"sent more than {Megabytes(_maxBytes)} for {request.Link}, the limit")} (Imgur's largest files are 200 MB videos); nothing was saved. Check the link, or the -BaseUri given to Connect-Imgur.");

    private static string Megabytes(long bytes) => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:0.#} MB", bytes / 1048576.0);

    private static ImgurDownloadException Removed(Uri link) => new(ImgurDownloadProblem.Removed,
        $"{link} is no longer on Imgur: the image was removed (Imgur answers with its removed-image placeholder, which was not saved).", 404);

    private static ImgurDownloadException Refused(Uri link, MediaRequest request, Uri? redirectedFrom = null)
    {
        var allowed = $"only https links to imgur.com and its subdomains{(request.ApiBase is null ? string.Empty : $", and links to the connection's own host {request.ApiBase.GetLeftPart(UriPartial.Authority)},")} are fetched, never with a user name or password";
        link = MediaLinks.Shown(link);
        return new ImgurDownloadException(ImgurDownloadProblem.HostRefused, redirectedFrom is null
            ? $"'{link}' is not an Imgur media link: {allowed}, so nothing was requested. Pass the image's id or its i.imgur.com link."
            : $"{request.Link} redirected to {link}, outside Imgur's hosts: {allowed}, so the redirect was not followed and nothing was saved.");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A virus scanner may hold it a moment; a leftover .part file is hidden and never mistaken for the item.
        }
    }
}
