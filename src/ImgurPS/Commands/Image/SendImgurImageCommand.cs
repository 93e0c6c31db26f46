using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Client.Upload;
using ImgurPS.Models;

namespace ImgurPS.Commands.Image;

/// <summary>
/// Send-ImgurImage: uploads local images and videos (streamed from disk) or asks Imgur to fetch a URL. Each
/// file's failure is its own error; the batch goes on.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "ImgurImage", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ImgurImage))]
public sealed class SendImgurImageCommand : ImgurApiCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";
    private const string UrlSet = "Url";
    private const int BatchActivityId = 1;
    private const int FileActivityId = 2;

    private ImgurCall? _call;
    private int _uploaded;
    private int _failed;
    private long _bytesSent;

    /// <summary>Files to upload; wildcards are expanded.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Files to upload, taken exactly as written (no wildcards); binds FileInfo objects from Get-ChildItem.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>Addresses of images for Imgur to fetch.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UrlSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public Uri[] Url { get; set; } = Array.Empty<Uri>();

    /// <summary>The title of each uploaded image.</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>The description of each uploaded image.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>The file name Imgur stores; by default the local file's name.</summary>
    [Parameter]
    public string? Name { get; set; }

    /// <summary>Adds the images to this album: its id (your own album, signed in) or its deletehash (an anonymous album).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AlbumId { get; set; }

    /// <summary>Strips the audio track from videos.</summary>
    [Parameter]
    public SwitchParameter DisableAudio { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case UrlSet:
                foreach (var url in Url) UploadUrl(url);
                break;
            default:
                var literal = ParameterSetName == LiteralPathSet;
                foreach (var path in literal ? LiteralPath : Path)
                {
                    foreach (var file in ResolveFiles(path, literal)) UploadFile(file);
                }
                break;
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing() => WriteProgress(new ProgressRecord(BatchActivityId, "Uploading to Imgur", "Done") { RecordType = ProgressRecordType.Completed });

    private void UploadFile(string path)
    {
        ImgurMedia media;
        try
        {
            media = ImgurMedia.Inspect(path, ImgurUploadLimits.Default);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Fail(error, path);
            return;
        }

        if (!ShouldProcess(path, "Upload to Imgur")) return;

        var sent = new ByteCounter();
        var fileProgress = new ProgressRecord(FileActivityId, $"Uploading {media.FileName}", "Starting") { ParentActivityId = BatchActivityId };
        ReportBatch();
        try
        {
            var upload = Client.UploadFileAsync(Call(), media, Details(media.FileName), sent);
            if (TryAwait(upload, path, out var image, () => ReportFile(fileProgress, sent.Value, media.Length)))
            {
                _uploaded++;
                _bytesSent += media.Length;
                WriteObject(image);
            }
            else
            {
                _failed++;
            }
        }
        finally
        {
            fileProgress.RecordType = ProgressRecordType.Completed;
            WriteProgress(fileProgress);
        }
    }

    private void UploadUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            Fail(new ArgumentException($"'{url}' is not an http or https address Imgur can fetch."), url);
            return;
        }

        if (!ShouldProcess(url.AbsoluteUri, "Upload to Imgur")) return;
        ReportBatch();
        if (TryAwait(Client.UploadUrlAsync(Call(), url, Details(null)), url, out var image))
        {
            _uploaded++;
            WriteObject(image);
        }
        else
        {
            _failed++;
        }
    }

    private IEnumerable<string> ResolveFiles(string path, bool literal)
    {
        var files = new List<string>();
        try
        {
            ProviderInfo provider;
            if (literal)
            {
                files.Add(SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _));
            }
            else
            {
                files.AddRange(GetResolvedProviderPathFromPSPath(path, out provider));
            }

            if (provider.Name != "FileSystem")
            {
                Fail(new ArgumentException($"'{path}' is on the {provider.Name} drive; Send-ImgurImage uploads files from the file system only."), path);
                return Array.Empty<string>();
            }
        }
        catch (ItemNotFoundException)
        {
            files.Clear();
            files.Add(path);
        }

        var existing = new List<string>();
        foreach (var file in files)
        {
            if (File.Exists(file)) existing.Add(file);
            else if (Directory.Exists(file)) Fail(new IOException($"'{file}' is a folder. Pass the files in it, e.g. Get-ChildItem '{file}' -File | Send-ImgurImage."), file);
            else Fail(new FileNotFoundException($"Cannot find the file '{file}'. Check the path; use -LiteralPath for names with [ or ].", file), file);
        }
        return existing;
    }

    private ImgurCall Call() => _call ??= NewCall();

    private UploadDetails Details(string? fileName) => new()
    {
        Title = Title,
        Description = Description,
        Name = Name ?? fileName,
        Album = AlbumId,
        DisableAudio = DisableAudio.IsPresent,
    };

    private void Fail(Exception error, object target)
    {
        _failed++;
        WriteError(ImgurErrors.ToErrorRecord(error, target));
    }

    private void ReportBatch()
    {
        var status = string.Format(CultureInfo.InvariantCulture, "{0} uploaded, {1} failed, {2:0.0} MB sent", _uploaded, _failed, _bytesSent / 1048576.0);
        WriteProgress(new ProgressRecord(BatchActivityId, "Uploading to Imgur", status));
    }

    private void ReportFile(ProgressRecord record, long sent, long total)
    {
        record.PercentComplete = total == 0 ? 100 : (int)Math.Min(100, sent * 100 / total);
        record.StatusDescription = string.Format(CultureInfo.InvariantCulture, "{0:0.0} of {1:0.0} MB", sent / 1048576.0, total / 1048576.0);
        WriteProgress(record);
    }

    /// <summary>Bytes read by the upload so far; written by the HTTP stack, read by the pipeline thread.</summary>
    private sealed class ByteCounter : IProgress<long>
    {
        private long _value;

        public long Value => Interlocked.Read(ref _value);

        public void Report(long value) => Interlocked.Exchange(ref _value, value);
    }
}
