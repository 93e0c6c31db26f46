using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Client.Upload;
using ImgurPS.Models;

namespace ImgurPS.Commands.Image;

/// <summary>
/// Send-ImgurImage: uploads local images and videos (streamed from disk) or asks Imgur to fetch a URL. Each
/// file's failure is its own error; the batch goes on.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "ImgurImage", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Send-ImgurImage.md")]
[OutputType(typeof(ImgurImage))]
public sealed class SendImgurImageCommand : ImgurApiCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";
    private const string UrlSet = "Url";
    private const int BatchActivityId = 1;

    // Uploads run concurrently but are written in input order; a few finished ones may wait behind a slow one.
    private readonly Queue<PendingUpload> _pending = new();
    private ImgurCall? _call;
    private SemaphoreSlim? _slots;
    private UploadJournal? _journal;
    private int _nextActivityId = BatchActivityId + 1;
    private int _uploaded;
    private int _failed;
    private int _skipped;
    private long _bytesSent;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

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
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string? AlbumId { get; set; }

    /// <summary>Strips the audio track from videos.</summary>
    [Parameter]
    public SwitchParameter DisableAudio { get; set; }

    /// <summary>How many uploads run at once, 1 to 16 (default 4). Objects and errors still come out in input order.</summary>
    [Parameter]
    [ValidateRange(1, 16)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>
    /// A file that records each upload (path, size, content hash, id, deletehash, link) as it completes. Files it
    /// already lists with the same content are skipped, so running the same command again uploads only the rest.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Journal { get; set; }

    /// <summary>With -Journal, also uploads files an earlier run may have uploaded already (their answer was lost).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        _slots = new SemaphoreSlim(ThrottleLimit);
        if (Journal is null) return;

        var path = GetUnresolvedProviderPathFromPSPath(Journal);
        try
        {
            _journal = UploadJournal.Open(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(ImgurErrors.ToErrorRecord(error, Journal));
        }

        if (_journal!.UnreadableLines > 0)
        {
            WriteWarning($"The journal '{path}' has {_journal.UnreadableLines} unreadable line(s), probably cut off when a run was stopped; those files will be uploaded again if they are in this batch.");
        }
    }

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
    protected override void EndProcessing()
    {
        try
        {
            WriteFinished(all: true);
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0} uploaded ({1:0.0} MB), {2} failed, {3} skipped as already in the journal.", _uploaded, _bytesSent / 1048576.0, _failed, _skipped));
        }
        finally
        {
            WriteProgress(new ProgressRecord(BatchActivityId, "Uploading to Imgur", "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    private void UploadFile(string path)
    {
        ImgurMedia media;
        string? hash = null;
        try
        {
            media = ImgurMedia.Inspect(path, ImgurUploadLimits.Default);
            if (_journal is not null) hash = UploadJournal.Hash(path);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Fail(error, path);
            return;
        }

        if (hash is not null && _journal!.Find(path, hash) is { } earlier && !(earlier.IsUncertain && Force))
        {
            _skipped++;
            if (earlier.IsUncertain)
            {
                WriteWarning($"'{path}' may already be on Imgur: an earlier run lost Imgur's answer after sending it, so it is not sent again. Check your images; add -Force to upload it anyway.");
            }
            else
            {
                WriteVerbose($"'{path}' is already uploaded as {earlier.Link} (journal); skipped.");
            }
            return;
        }

        if (!ShouldProcess(path, "Upload to Imgur")) return;

        var sent = new ByteCounter();
        var call = Call();
        var details = Details(media.FileName);
        Enqueue(new PendingUpload(path, media.Length, sent, NextActivityId(), Throttled(async () =>
        {
            try
            {
                var image = await Client.UploadFileAsync(call, media, details, sent).ConfigureAwait(false);
                if (hash is not null) _journal!.Record(path, media.Length, hash, image);
                return image;
            }
            catch (Exception error) when (hash is not null && ImgurRetryPolicy.MayHaveReachedImgur(error))
            {
                _journal!.RecordUncertain(path, media.Length, hash);
                throw;
            }
        })));
    }

    private void UploadUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            Fail(new ArgumentException($"'{url}' is not an http or https address Imgur can fetch."), url);
            return;
        }

        if (!ShouldProcess(url.AbsoluteUri, "Upload to Imgur")) return;
        var call = Call();
        var details = Details(null);
        Enqueue(new PendingUpload(url, 0, new ByteCounter(), NextActivityId(), Throttled(() => Client.UploadUrlAsync(call, url, details))));
    }

    /// <summary>Starts an upload when a slot of -ThrottleLimit is free; the work runs off the pipeline thread.</summary>
    private Task<ImgurImage> Throttled(Func<Task<ImgurImage>> upload) => Task.Run(async () =>
    {
        await _slots!.WaitAsync(StopToken).ConfigureAwait(false);
        try
        {
            return await upload().ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    });

    private void Enqueue(PendingUpload upload)
    {
        _pending.Enqueue(upload);
        WriteFinished(all: false);
    }

    /// <summary>
    /// Writes finished uploads in input order, on the pipeline thread. It waits for the oldest one when everything
    /// is done or when twice -ThrottleLimit are pending, which keeps memory flat however long the batch.
    /// </summary>
    private void WriteFinished(bool all)
    {
        while (_pending.Count > 0 && (all || _pending.Count > 2 * ThrottleLimit || _pending.Peek().Task.IsCompleted))
        {
            var upload = _pending.Dequeue();
            try
            {
                if (TryAwait(upload.Task, upload.Source, out var image, ReportProgress))
                {
                    _uploaded++;
                    _bytesSent += upload.Length;
                    WriteObject(image);
                }
                else
                {
                    _failed++;
                }
            }
            finally
            {
                if (upload.ActivityId != 0) WriteProgress(upload.Progress(ProgressRecordType.Completed));
            }
        }
        ReportProgress();
    }

    private void ReportProgress()
    {
        var inFlight = 0L;
        foreach (var upload in _pending)
        {
            inFlight += upload.Sent.Value;
            if (upload.Sent.Value > 0 && !upload.Task.IsCompleted) WriteProgress(upload.Progress(ProgressRecordType.Processing));
        }

        var megabytes = (_bytesSent + inFlight) / 1048576.0;
        var status = string.Format(CultureInfo.InvariantCulture, "{0} uploaded, {1} failed, {2} in progress, {3:0.0} MB sent at {4:0.0} MB/s",
            _uploaded, _failed, _pending.Count, megabytes, megabytes / Math.Max(_clock.Elapsed.TotalSeconds, 0.001));
        WriteProgress(new ProgressRecord(BatchActivityId, "Uploading to Imgur", status));
    }

    private int NextActivityId() => _nextActivityId++;

    private IEnumerable<string> ResolveFiles(string path, bool literal)
    {
        var files = new List<string>();
        try
        {
            ProviderInfo provider;
            // Globbing a plain path costs more than its upload on Linux (PowerShell checks the mounts each time),
            // and a name without wildcards or escapes can only mean itself.
            if (literal || IsPlainPath(path))
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

        if (files.Count == 0)
        {
            Fail(new FileNotFoundException($"No file matches '{path}'. Check the pattern, or the folder it looks in.", path), path);
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

    private static bool IsPlainPath(string path) => !WildcardPattern.ContainsWildcardCharacters(path) && path.IndexOf('`') < 0;

    private ImgurCall Call() => _call ??= NewCall();

    private UploadDetails Details(string? fileName) => new()
    {
        Title = Title,
        Description = Description,
        Name = Name ?? fileName,
        Album = AlbumId,
        DisableAudio = DisableAudio.IsPresent,
    };

    /// <summary>A file refused before upload; its error takes its place in input order.</summary>
    private void Fail(Exception error, object target) =>
        Enqueue(new PendingUpload(target, 0, new ByteCounter(), activityId: 0, Task.FromException<ImgurImage>(error)));

    /// <summary>Bytes read by the upload so far; written by the HTTP stack, read by the pipeline thread.</summary>
    private sealed class ByteCounter : IProgress<long>
    {
        private long _value;

        public long Value => Interlocked.Read(ref _value);

        public void Report(long value) => Interlocked.Exchange(ref _value, value);
    }

    /// <summary>An upload under way, in input order.</summary>
    private sealed class PendingUpload
    {
        public PendingUpload(object source, long length, ByteCounter sent, int activityId, Task<ImgurImage> task)
        {
            Source = source;
            Length = length;
            Sent = sent;
            ActivityId = activityId;
            Task = task;
        }

        public object Source { get; }

        public long Length { get; }

        public ByteCounter Sent { get; }

        public int ActivityId { get; }

        public Task<ImgurImage> Task { get; }

        public ProgressRecord Progress(ProgressRecordType type) => new(ActivityId, $"Uploading {System.IO.Path.GetFileName(Source.ToString())}", Status())
        {
            ParentActivityId = BatchActivityId,
            PercentComplete = Length == 0 ? -1 : (int)Math.Min(100, Sent.Value * 100 / Length),
            RecordType = type,
        };

        private string Status() => string.Format(CultureInfo.InvariantCulture, "{0:0.0} of {1:0.0} MB", Sent.Value / 1048576.0, Length / 1048576.0);
    }
}
