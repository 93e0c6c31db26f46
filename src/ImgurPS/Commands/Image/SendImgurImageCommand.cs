using System;
using System.Collections.Generic;
using System.Diagnostics;
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
    private const string InputObjectSet = "InputObject";
    private const int BatchActivityId = 1;

    // Progress is drawn ten times a second at most: on a fast link a record for every upload and every running one
    // took the pipeline thread more processor time than the uploads (0.3 ms a file), to draw what no one can read.
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _sinceProgress = new();

    // The file bars drawn and not yet closed, by input position: only those need a Completed record.
    private readonly HashSet<int> _drawnBars = new();

    private UploadCoordinator? _uploads;
    private UploadJournal? _journal;
    private ImgurCall? _call;

    // Files skipped because an earlier run may have uploaded them; listed in one warning at the end.
    private readonly List<string> _doubtful = new();

    // Inputs not sent because the batch stopped (see UploadCoordinator.StoppedBy), in input order.
    private readonly List<object> _unsent = new();

    // How many inputs the batch has, when all were given at once (not piped); null while unknown.
    private int? _total;

    // Whether EndProcessing was reached: otherwise the batch was stopped and its output is no longer read.
    private bool _ended;

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

    /// <summary>
    /// An image or video held in memory: a byte array, or a stream (read from its position to its end). Pipe a byte
    /// array whole with <c>,$bytes | Send-ImgurImage</c>, or pass it with -InputObject $bytes. It is not journaled.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
    [ImageContentTransformation]
    [ValidateNotNull]
    public byte[] InputObject { get; set; } = Array.Empty<byte>();

    /// <summary>Addresses of images for Imgur to fetch.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UrlSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public Uri[] Url { get; set; } = Array.Empty<Uri>();

    /// <summary>The title of each uploaded image; binds the Title property of piped records (Import-Csv).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Title { get; set; }

    /// <summary>The description of each uploaded image; binds the Description property of piped records.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Description { get; set; }

    /// <summary>The file name Imgur stores; by default the local file's name, or 'image' for -InputObject. Binds the Name property of piped records.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    /// <summary>Adds the images to this album: its id (your own album, signed in) or its deletehash (an anonymous album). Binds the AlbumId property of piped records.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
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
                CountInputs(Url.Length);
                foreach (var url in Url) UploadUrl(url);
                break;
            case InputObjectSet:
                CountInputs(1);
                UploadContent(InputObject);
                break;
            default:
                var literal = ParameterSetName == LiteralPathSet;
                var inputs = (literal ? LiteralPath : Path).SelectMany(path => ResolveFiles(path, literal)).ToList();
                CountInputs(inputs.Count);
                foreach (var (file, refusal) in inputs)
                {
                    if (refusal is null) UploadFile(file);
                    else Fail(refusal, file);
                }
                break;
        }
    }

    // Inputs given at once (an array, a wildcard) are counted before they start, for an "n of N" progress bar.
    private void CountInputs(int count)
    {
        if (!MyInvocation.ExpectingInput) _total = count;
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        try
        {
            WriteFinished(all: true);
            _ended = true;
            if (_uploads!.StoppedBy is { } cause) ThrowStopped(cause);
            if (_doubtful.Count > 0)
            {
                WriteWarning($"{_doubtful.Count} file(s) may already be on Imgur, so they were not sent: an earlier run sent them and lost Imgur's answer, and ImgurPS can look them up only in the images of the signed-in account that sent them: "
                    + string.Join(", ", _doubtful.Select(path => $"'{path}'")) + ". Check your images on Imgur; if they are not there, run again with -Force, which sends them again (a second copy of any that did arrive).");
            }
            WriteVerbose($"{_uploads.Uploaded} uploaded ({Size(_uploads.BytesSent)}), {_uploads.Failed} failed"
                + (_journal is null ? "." : $", {_uploads.Skipped} skipped as already in the journal."));
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
        if (Stopped(path)) return;

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
        _uploads.Start(file, details.Name, entry => client.UploadFileAsync(call, file.Media, details, entry, entry.SentContent));
        WriteFinished(all: false);
    }

    private void UploadContent(byte[] content)
    {
        // A byte array piped without the unary comma arrives one byte at a time; no image is one byte long.
        if (MyInvocation.ExpectingInput && content.Length == 1)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("Send-ImgurImage got an image's bytes one at a time: PowerShell unrolls an array sent down the pipeline. Pipe the array whole, ,$bytes | Send-ImgurImage, or pass it with Send-ImgurImage -InputObject $bytes."),
                "ImgurContentUnrolled", ErrorCategory.InvalidArgument, content[0]));
        }

        var name = Name ?? "image";
        if (Stopped(name)) return;

        var file = _uploads!.Prepare(content, name);
        if (file is null)
        {
            WriteFinished(all: false);
            return;
        }

        if (!ShouldProcess($"{name} ({Size(content.LongLength)} from memory)", "Upload to Imgur")) return;
        var call = Call();
        var client = Client;
        var details = Details(name);
        _uploads.Start(file, name, entry => client.UploadFileAsync(call, file.Media, details, entry));
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
        if (Stopped(url)) return;
        var call = Call();
        var client = Client;
        var details = Details(null);
        _uploads!.Start(url, () => client.UploadUrlAsync(call, url, details));
        WriteFinished(all: false);
    }

    /// <summary>
    /// Once the batch has stopped, an input takes its place in line unsent, so that the final error counts it and
    /// names the first input not sent.
    /// </summary>
    private bool Stopped(object source)
    {
        if (_uploads!.StoppedBy is null) return false;
        _uploads.Hold(source);
        WriteFinished(all: false);
        return true;
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
                WriteObject(Await(upload.Task, () => ReportProgress()));
            }
            catch (Exception error) when (error is not PipelineStoppedException)
            {
                // Once the batch has stopped, the failures are counted for one error at the end.
                if (_uploads.StoppedBy is null) WriteError(ImgurErrors.ToErrorRecord(error, upload.Source, $"Uploading '{upload.Source}'", Shown(upload.Source)));
                else _unsent.Add(upload.Source);
            }
            finally
            {
                if (_drawnBars.Remove(upload.Position)) WriteProgress(FileProgress(upload, ProgressRecordType.Completed));
            }
        }
        // The batch's last count is always drawn.
        ReportProgress(now: all);
    }

    /// <summary>
    /// Imgur cannot be reached at all, or the credit guard refused to spend more credits: the batch ends with one error
    /// that counts what was not sent and says when to send it, instead of one error per file.
    /// </summary>
    private void ThrowStopped(Exception cause)
    {
        var first = _unsent.Count > 0 ? $", from '{Shown(_unsent[0])}' on" : string.Empty;
        var unsent = $"The batch stopped: {_unsent.Count} file(s) were not sent{first}.";
        string Resend(string when) => Journal is null ? $"Run the command again {when}." : $"Run the same command again with -Journal '{Journal}' {when}: it sends only those.";

        if (cause is ImgurCreditException credits)
        {
            var when = credits.ResetsAt is { } reset ? $"after {reset.ToLocalTime():HH:mm} ({reset:u}), when the credits reset" : "when the credits are back (see Get-ImgurCredit)";
            ThrowTerminatingError(new ErrorRecord(new ImgurCreditException($"{credits.Reason} {unsent}", Resend(when), credits.ResetsAt, credits),
                "ImgurCreditsKept", ErrorCategory.LimitsExceeded, _unsent.Count > 0 ? _unsent[0] : null));
        }

        ThrowTerminatingError(new ErrorRecord(
            new IOException($"Imgur cannot be reached at {SessionInUse?.BaseUri}: {Redaction.Redact(cause.GetBaseException().Message)}. {unsent} {Resend("when it can be reached")}", cause),
            "ImgurUnreachable", ErrorCategory.ConnectionError, SessionInUse?.BaseUri));
    }

    private protected override void Release()
    {
        if (_uploads is not null && !_ended)
        {
            // The output stopped being read (Select-Object -First, Ctrl+C): uploads cut off by Ctrl+C end at once, and
            // those that finish are recorded in the journal and named here, so that no deletehash is lost.
            var unseen = _uploads.Abandon(TimeSpan.FromSeconds(_journal is null ? 10 : 2));
            if (unseen.Count > 0) WarnUnseen(unseen);
        }
        _journal?.Dispose();
    }

    private void WarnUnseen(IReadOnlyList<(object Source, ImgurImage Image)> unseen)
    {
        var where = _journal is null ? string.Empty : $" They are recorded in the journal '{_journal.FilePath}'.";
        var text = $"The command was stopped after {unseen.Count} more upload(s) reached Imgur, which it did not output.{where} Remove one with Remove-ImgurImage -DeleteHash: "
            + string.Join("; ", unseen.Select(item => $"'{Shown(item.Source)}' as {item.Image.Id}, deletehash {item.Image.DeleteHash}"));
        try
        {
            WriteWarning(text);
        }
        catch (Exception error) when (error is PipelineStoppedException or InvalidOperationException)
        {
            // A stopped pipeline takes no more records; the host still shows a line (a runspace without one shows none).
            Host?.UI?.WriteWarningLine(text);
        }
    }

    private void ResolveUncertain(UploadJournal journal, string account)
    {
        var count = journal.UncertainOf(account).Count;
        if (count == 0 || !ShouldProcess(journal.FilePath, $"Look up {count} upload(s) an earlier run left uncertain among {account}'s images")) return;
        if (!TryAwait(UncertainUploads.ResolveAsync(Client, Call(), journal, account), Journal, out var result)) return;
        WriteVerbose($"Journal: of the uploads an earlier run left uncertain, {result.Found} are on Imgur (recorded as uploaded) and {result.Missing} are not (sent again if in this batch).");
    }

    private void ReportProgress(bool now = false)
    {
        if (!now && _sinceProgress.IsRunning && _sinceProgress.Elapsed < ProgressInterval) return;
        _sinceProgress.Restart();
        foreach (var upload in _uploads!.Sending)
        {
            _drawnBars.Add(upload.Position);
            WriteProgress(FileProgress(upload, ProgressRecordType.Processing));
        }

        var done = _uploads.Uploaded + _uploads.Failed + _uploads.Skipped;
        var counts = $"{_uploads.Uploaded} uploaded, {_uploads.Failed} failed"
            + (_journal is null ? string.Empty : $", {_uploads.Skipped} already in the journal")
            + $", {_uploads.Running} in progress, {Size(_uploads.BytesSent)} sent at {Size((long)(_uploads.BytesSent / Math.Max(_uploads.Elapsed.TotalSeconds, 0.001)))}/s";
        var batch = new ProgressRecord(BatchActivityId, "Uploading to Imgur", _total is { } total ? $"{done} of {total}: {counts}" : counts);
        if (_total is > 0) batch.PercentComplete = Math.Min(100, done * 100 / _total.Value);
        WriteProgress(batch);
    }

    private static ProgressRecord FileProgress(UploadCoordinator.UploadEntry upload, ProgressRecordType type) =>
        new(BatchActivityId + 1 + upload.Position, $"Uploading {Shown(upload.Source)}", $"{Size(upload.Sent)} of {Size(upload.Length)}")
        {
            ParentActivityId = BatchActivityId,
            PercentComplete = upload.PercentComplete,
            RecordType = type,
        };

    private static string Size(long bytes) => ByteSize.Format(bytes);

    /// <summary>An input as messages name it: a file by its name, a URL or in-memory name as it is.</summary>
    private static string Shown(object source) => source is string path && System.IO.Path.IsPathRooted(path) ? System.IO.Path.GetFileName(path) : source.ToString();

    /// <summary>The files a path means, each with the reason it cannot be sent (null when it can), in order.</summary>
    private List<(string File, Exception? Refusal)> ResolveFiles(string path, bool literal)
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
                return new() { (path, new ArgumentException($"'{path}' is on the {provider.Name} drive; Send-ImgurImage uploads files from the file system only.")) };
            }
        }
        catch (ItemNotFoundException)
        {
            files.Clear();
            files.Add(path);
        }

        if (files.Count == 0)
        {
            return new() { (path, new FileNotFoundException($"No file matches '{path}'. Check the pattern, or the folder it looks in.", path)) };
        }

        return files.Select(file => (file, File.Exists(file) ? null
            : Directory.Exists(file) ? new IOException($"'{file}' is a folder. Pass the files in it, e.g. Get-ChildItem '{file}' -File | Send-ImgurImage.")
            : (Exception)new FileNotFoundException($"Cannot find the file '{file}'. Check the path; use -LiteralPath for names with [ or ].", file))).ToList();
    }

    private static bool IsPlainPath(string path) => !WildcardPattern.ContainsWildcardCharacters(path) && path.IndexOf('`') < 0;

    private ImgurCall Call() => _call ??= NewCall();

    // An empty value, such as an empty cell of a piped CSV record, means "not given". A name is a file name only: a
    // piped FileStream binds its full path as Name, which Imgur should not learn.
    private UploadDetails Details(string? fileName) => new()
    {
        Title = Given(Title),
        Description = Given(Description),
        Name = Given(Name) is { } name ? System.IO.Path.GetFileName(name) : fileName,
        Album = Given(AlbumId),
        DisableAudio = DisableAudio.IsPresent,
    };

    private static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>An input refused before upload; its error takes its place in input order.</summary>
    private void Fail(Exception error, object target)
    {
        _uploads!.Refuse(target, error);
        WriteFinished(all: false);
    }
}
