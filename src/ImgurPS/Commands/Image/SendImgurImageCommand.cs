using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Client.Upload;
using ImgurPS.Models;

namespace ImgurPS.Commands.Image;

/// <summary>
/// Send-ImgurImage: uploads local images and videos (streamed from disk) or asks Imgur to fetch a URL. Each
/// file's failure is its own error; the batch goes on. The cmdlet resolves paths and writes; the
/// <see cref="UploadCoordinator"/> runs the batch (throttle, input order, journal, progress counts).
/// </summary>
[Cmdlet(VerbsCommunications.Send, "ImgurImage", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Send-ImgurImage.md")]
[OutputType(typeof(ImgurImage))]
public sealed class SendImgurImageCommand : ImgurApiCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";
    private const string UrlSet = "Url";
    private const int BatchActivityId = 1;

    private UploadCoordinator? _uploads;
    private UploadJournal? _journal;
    private ImgurCall? _call;

    // Files skipped because an earlier run may have uploaded them; listed in one warning at the end.
    private readonly List<string> _doubtful = new();

    // Inputs not sent because Imgur could not be reached.
    private int _unsent;

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
    [ImgurLink(ImgurLinkKind.Album)]
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
        _journal = OpenJournal();
        var session = SessionInUse;
        var account = session?.AuthMode == ImgurAuthMode.User ? session.AccountUsername : null;
        if (_journal is not null && account is not null) ResolveUncertain(_journal, account);
        _uploads = new UploadCoordinator(ThrottleLimit, _journal, resendUncertain: Force, StopToken, account);
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
            if (_uploads!.Unreachable is { } unreachable) ThrowUnreachable(unreachable);
            if (_doubtful.Count > 0)
            {
                WriteWarning($"{_doubtful.Count} file(s) may already be on Imgur, so they were not sent: an earlier run sent them and lost Imgur's answer, and ImgurPS can look them up only in the images of the signed-in account that sent them: "
                    + string.Join(", ", _doubtful.Select(path => $"'{path}'")) + ". Check your images on Imgur; if they are not there, run again with -Force, which sends them again (a second copy of any that did arrive).");
            }
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0} uploaded ({1:0.0} MB), {2} failed, {3} skipped as already in the journal.",
                _uploads!.Uploaded, _uploads.BytesSent / 1048576.0, _uploads.Failed, _uploads.Skipped));
        }
        finally
        {
            WriteProgress(new ProgressRecord(BatchActivityId, "Uploading to Imgur", "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    private UploadJournal? OpenJournal()
    {
        if (Journal is null) return null;

        var path = GetUnresolvedProviderPathFromPSPath(Journal);
        UploadJournal? journal = null;
        try
        {
            journal = UploadJournal.Open(path);
        }
        catch (UploadJournalException error)
        {
            ThrowTerminatingError(error.Problem == UploadJournalProblem.InUse
                ? new ErrorRecord(error, "ImgurJournalInUse", ErrorCategory.ResourceBusy, Journal)
                : new ErrorRecord(error, "ImgurJournalUnwritable", ErrorCategory.WriteError, Journal));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(ImgurErrors.ToErrorRecord(error, Journal));
        }

        if (journal!.UnreadableLines > 0)
        {
            WriteWarning($"The journal '{path}' has {journal.UnreadableLines} unreadable line(s), probably cut off when a run was stopped; those files will be uploaded again if they are in this batch.");
        }
        return journal;
    }

    private void UploadFile(string path)
    {
        if (_uploads!.Unreachable is not null)
        {
            _unsent++;
            return;
        }

        // A file that cannot be sent gives null; its error waits in line for its turn.
        var file = _uploads!.Prepare(path);
        if (file is null)
        {
            WriteFinished(all: false);
            return;
        }

        if (file.EarlierUpload is { } earlier)
        {
            if (earlier.IsUncertain)
            {
                _doubtful.Add(path);
            }
            else
            {
                WriteVerbose($"'{path}' is already uploaded as {earlier.Link} (journal); skipped.");
            }
            return;
        }

        if (!ShouldProcess(path, "Upload to Imgur")) return;

        // The client is made here, on the pipeline thread, before the upload starts on the pool: making it reads
        // the session state, which only the pipeline thread may touch.
        var call = Call();
        var client = Client;
        var details = Details(file.Media.FileName);
        _uploads.Start(file, details.Name, entry => client.UploadFileAsync(call, file.Media, details, entry, entry.HeardSent));
        WriteFinished(all: false);
    }

    private void UploadUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            Fail(new ArgumentException($"'{url}' is not an http or https address Imgur can fetch."), url);
            return;
        }

        if (!ShouldProcess(url.AbsoluteUri, "Upload to Imgur")) return;
        if (_uploads!.Unreachable is not null)
        {
            _unsent++;
            return;
        }
        var call = Call();
        var client = Client;
        var details = Details(null);
        _uploads!.Start(url, () => client.UploadUrlAsync(call, url, details));
        WriteFinished(all: false);
    }

    /// <summary>
    /// Writes finished uploads in input order, on the pipeline thread. The coordinator says which are due: with
    /// <paramref name="all"/> every one, waiting for each in turn.
    /// </summary>
    private void WriteFinished(bool all)
    {
        while (_uploads!.TryTakeDue(all, out var upload))
        {
            try
            {
                WriteObject(Await(upload.Task, ReportProgress));
            }
            catch (Exception error) when (error is not PipelineStoppedException)
            {
                // Once Imgur cannot be reached, the failures are counted for one error at the end.
                if (_uploads.Unreachable is null) WriteError(ImgurErrors.ToErrorRecord(error, upload.Source));
                else _unsent++;
            }
            finally
            {
                if (!upload.IsRefused) WriteProgress(FileProgress(upload, ProgressRecordType.Completed));
            }
        }
        ReportProgress();
    }

    /// <summary>
    /// Imgur cannot be reached at all: the batch ends with one error that counts what was not sent, instead of one
    /// error per file after each file's retries.
    /// </summary>
    private void ThrowUnreachable(Exception unreachable)
    {
        var resend = Journal is null ? "Run the command again when it can be reached." : $"Run the same command again with -Journal '{Journal}' when it can be reached: it sends only those.";
        ThrowTerminatingError(new ErrorRecord(
            new IOException($"Imgur cannot be reached at {SessionInUse?.BaseUri}: {Redaction.Redact(unreachable.GetBaseException().Message)}. The batch stopped: {_unsent} file(s) were not sent. {resend}", unreachable),
            "ImgurUnreachable", ErrorCategory.ConnectionError, SessionInUse?.BaseUri));
    }

    private protected override void Release()
    {
        if (_journal is null) return;
        // Uploads cut off by Ctrl+C end at once; those that finish have their outcome written before the journal closes.
        _uploads?.Quiesce(TimeSpan.FromSeconds(2));
        _journal.Dispose();
    }

    private void ResolveUncertain(UploadJournal journal, string account)
    {
        var count = journal.UncertainOf(account).Count;
        if (count == 0 || !ShouldProcess(journal.FilePath, $"Look up {count} upload(s) an earlier run left uncertain among {account}'s images")) return;
        if (!TryAwait(UncertainUploads.ResolveAsync(Client, Call(), journal, account), Journal, out var result)) return;
        WriteVerbose($"Journal: of the uploads an earlier run left uncertain, {result.Found} are on Imgur (recorded as uploaded) and {result.Missing} are not (sent again if in this batch).");
    }

    private void ReportProgress()
    {
        foreach (var upload in _uploads!.Sending) WriteProgress(FileProgress(upload, ProgressRecordType.Processing));

        var megabytes = _uploads.BytesSent / 1048576.0;
        var status = string.Format(CultureInfo.InvariantCulture, "{0} uploaded, {1} failed, {2} in progress, {3:0.0} MB sent at {4:0.0} MB/s",
            _uploads.Uploaded, _uploads.Failed, _uploads.Pending, megabytes, megabytes / Math.Max(_uploads.Elapsed.TotalSeconds, 0.001));
        WriteProgress(new ProgressRecord(BatchActivityId, "Uploading to Imgur", status));
    }

    private static ProgressRecord FileProgress(UploadCoordinator.UploadEntry upload, ProgressRecordType type) =>
        new(BatchActivityId + 1 + upload.Position, $"Uploading {System.IO.Path.GetFileName(upload.Source.ToString())}",
            string.Format(CultureInfo.InvariantCulture, "{0:0.0} of {1:0.0} MB", upload.Sent / 1048576.0, upload.Length / 1048576.0))
        {
            ParentActivityId = BatchActivityId,
            PercentComplete = upload.PercentComplete,
            RecordType = type,
        };

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

    /// <summary>An input refused before upload; its error takes its place in input order.</summary>
    private void Fail(Exception error, object target)
    {
        _uploads!.Refuse(target, error);
        WriteFinished(all: false);
    }
}
