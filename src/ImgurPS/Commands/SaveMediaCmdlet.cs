using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.Download;
using ImgurPS.Models;

namespace ImgurPS.Commands;

/// <summary>One file to save, as the saving cmdlets describe it to <see cref="SaveMediaCmdlet.Save"/>.</summary>
internal sealed class SaveItem
{
    public SaveItem(object source, string id, Uri link)
    {
        Source = source;
        Id = id;
        Link = link;
    }

    /// <summary>The input it came from, as errors name it.</summary>
    public object Source { get; }
    public string Id { get; }

    /// <summary>The image's own link; the variant's address is made from it.</summary>
    public Uri Link { get; }

    public string? AlbumId { get; set; }

    /// <summary>Whether the image is animated; null when unknown (an MP4 or GIF is then simply asked for).</summary>
    public bool? Animated { get; set; }

    /// <summary>The size Imgur reports for the original file, or for the MP4; null when unknown.</summary>
    public long? Size { get; set; }
    public long? Mp4Size { get; set; }
    public NameFields Fields { get; } = new();
}

/// <summary>
/// What Save-ImgurImage and Save-ImgurAlbum share beyond their parameters: the batch of downloads with its progress,
/// the archive, the names given out in the run, one ImgurSavedFile per item in input order, and a clean stop.
/// The downloads themselves are the client's (<see cref="MediaDownloader"/>).
/// </summary>
public abstract class SaveMediaCmdlet : ImgurApiCmdlet
{
    private const int BatchActivityId = 1;
    private readonly NameClaims _claims = new();

    // The bars closed as soon as their download finished, ahead of its turn to be written.
    private readonly HashSet<DownloadBatch.DownloadEntry> _closedBars = new();
    private DownloadBatch? _batch;
    private DownloadArchive? _archive;
    private ImgurMediaVariant _variant;
    private TimeSpan _timeout;
    private Uri? _apiBase;
    private bool _ended;

    /// <summary>The folder files are saved under, as a full path.</summary>
    private protected string DestinationPath { get; private set; } = string.Empty;

    /// <summary>
    /// Checks the template, resolves and (unless -WhatIf) creates the destination, opens the archive. Call from
    /// BeginProcessing.
    /// </summary>
    private protected void StartSaving(string destination, string template, ImgurMediaVariant variant, int throttleLimit, string? archive)
    {
        if (FileNames.UnknownFields(template) is { Count: > 0 } unknown)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException($"The name template '{template}' uses {string.Join(", ", unknown.Select(field => "{" + field + "}"))}, which no item has. Use the fields {string.Join(", ", FileNames.Fields.Select(field => "{" + field + "}"))}."),
                "ImgurNameTemplateInvalid", ErrorCategory.InvalidArgument, template));
        }

        // Links need no connection; with one, its host may serve media too (the emulator does).
        var session = SessionInUse;
        _apiBase = session?.BaseUri;
        _timeout = session?.Timeout ?? ImgurModule.Options.Timeout;
        _variant = variant;
        DestinationPath = GetUnresolvedProviderPathFromPSPath(destination);
        if (!WhatIfWanted() && MakeFolder(DestinationPath) is { } failure)
        {
            ThrowTerminatingError(new ErrorRecord(failure, "ImgurDestinationUnwritable", ErrorCategory.WriteError, DestinationPath));
        }
        _archive = OpenArchive(archive);
        _batch = new DownloadBatch(throttleLimit, StopToken);
    }

    /// <summary>Makes a folder to save into (the destination, an album's); null when it is there, else why not.</summary>
    private protected static ImgurDownloadException? MakeFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new ImgurDownloadException(ImgurDownloadProblem.WriteFailed,
                $"Cannot create the folder '{path}' to save into: {error.Message} Check that no file has its name and that its parent is writable, or choose another -Destination.", inner: error);
        }
    }

    private protected bool WhatIfWanted() =>
        MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf) ? whatIf is SwitchParameter { IsPresent: true } or true : GetVariableValue("WhatIfPreference") is true or SwitchParameter { IsPresent: true };

    private DownloadArchive? OpenArchive(string? archive)
    {
        if (archive is null) return null;
        var path = GetUnresolvedProviderPathFromPSPath(archive);
        // -WhatIf creates and changes nothing; an archive that exists is still read, so that what it lists shows as skipped.
        var whatIf = WhatIfWanted();
        if (whatIf && !File.Exists(path)) return null;
        try
        {
            return DownloadArchive.Open(path, readOnly: whatIf);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(new ErrorRecord(
                new IOException($"Cannot open the archive '{path}': {error.Message} Another run may be using it; wait for it, or name another file.", error),
                "ImgurArchiveUnavailable", ErrorCategory.ResourceBusy, archive));
            return null;
        }
    }

    /// <summary>
    /// Queues one file into <paramref name="folder"/>: skipped at once when the archive lists it, refused when the
    /// variant does not exist, else confirmed (ShouldProcess) and started when the batch has room.
    /// </summary>
    private protected void Save(SaveItem item, string template, string folder)
    {
        // A misbehaving server's id could add lines to the archive or climb out of the variant's folder.
        if (!ImgurIds.IsValid(item.Id))
        {
            Refuse(item, new ImgurDownloadException(ImgurDownloadProblem.IdInvalid,
                $"'{item.Id}' is not an Imgur id: Imgur's are letters and digits only, so it was not saved. Check where the item came from (the -BaseUri given to Connect-Imgur, or the file piped in)."));
            return;
        }

        var link = MediaLinks.ForVariant(item.Link, item.Id, _variant);
        item.Fields.Id = item.Id;
        item.Fields.Extension = MediaLinks.Extension(link);
        var name = FileNames.Format(template, item.Fields);
        var key = DownloadArchive.Key(item.Id, _variant);
        var expected = _variant switch
        {
            ImgurMediaVariant.Original => item.Size is > 0 ? item.Size : null,
            ImgurMediaVariant.Mp4 => item.Mp4Size is > 0 ? item.Mp4Size : null,
            _ => null,
        };

        if (_variant is ImgurMediaVariant.Mp4 or ImgurMediaVariant.Gif && item.Animated == false)
        {
            Refuse(item, new ImgurDownloadException(ImgurDownloadProblem.NoSuchVariant,
                $"Image {item.Id} is a still image: Imgur has no {_variant.ToString().ToUpperInvariant()} of it. Save it with -Variant Original or a thumbnail."));
            return;
        }

        if (_archive?.Contains(key) == true)
        {
            WriteVerbose($"{item.Id}: listed in the archive '{_archive.FilePath}'; skipped.");
            _batch!.Done(item, new SavedMedia(Path.Combine(folder, name), 0, skipped: true, link));
            WriteFinished(all: false);
            return;
        }

        if (!ShouldProcess($"{MediaLinks.Shown(link)} to '{Path.Combine(folder, name)}'", "Save")) return;

        Await(_batch!.WhenRoom(), ReportProgress);
        WriteFinished(all: false);
        var downloader = Downloader;
        var request = new MediaRequest(link, folder, name) { ExpectedSize = expected, ApiBase = _apiBase, Timeout = _timeout };
        var archive = _archive;
        _batch.Start(item, expected, async (entry, cancellation) =>
        {
            var saved = await downloader.SaveAsync(request, _claims, entry, cancellation).ConfigureAwait(false);
            archive?.Record(key);
            return saved;
        });
    }

    /// <summary>An input that fails before any download; its error and report come out in its place.</summary>
    private protected void Refuse(object source, Exception error)
    {
        _batch!.Refuse(source, error);
        WriteFinished(all: false);
    }

    /// <summary>Writes what is left, and completes the progress bar. Call from EndProcessing.</summary>
    private protected void FinishSaving()
    {
        try
        {
            WriteFinished(all: true);
            _ended = true;
            WriteVerbose($"{_batch!.Saved} saved ({Size(_batch.Bytes)}), {_batch.Skipped} skipped, {_batch.Failed} failed.");
        }
        finally
        {
            WriteProgress(new ProgressRecord(BatchActivityId, "Saving from Imgur", "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    /// <summary>Writes finished items in input order: with <paramref name="all"/> every one, waiting for each in turn.</summary>
    private void WriteFinished(bool all)
    {
        while (_batch!.TryTakeDue(all, out var entry))
        {
            var item = entry.Source as SaveItem;
            try
            {
                var saved = Await(entry.Task, ReportProgress);
                if (entry.Downloads)
                {
                    WriteVerbose(saved.Skipped
                        ? $"{item?.Id}: '{saved.Path}' is there already, with the expected size; skipped."
                        : $"{item?.Id}: saved {saved.Size} bytes from {saved.Source.AbsoluteUri} to '{saved.Path}'.");
                }
                WriteObject(new ImgurSavedFile
                {
                    Id = item?.Id,
                    AlbumId = item?.AlbumId,
                    Status = saved.Skipped ? ImgurSaveStatus.Skipped : ImgurSaveStatus.Saved,
                    Path = saved.Path,
                    Size = saved.Skipped && saved.Size == 0 && File.Exists(saved.Path) ? new FileInfo(saved.Path).Length : saved.Size,
                    Link = saved.Source.AbsoluteUri,
                });
            }
            catch (Exception error) when (error is not PipelineStoppedException)
            {
                var target = item?.Id ?? entry.Source;
                WriteError(ImgurErrors.ToErrorRecord(error, target, $"Saving {target}"));
                WriteObject(new ImgurSavedFile
                {
                    Id = item?.Id ?? entry.Source.ToString(),
                    AlbumId = item?.AlbumId,
                    Status = ImgurSaveStatus.Failed,
                    Link = item is null ? null : MediaLinks.Shown(MediaLinks.ForVariant(item.Link, item.Id, _variant)).AbsoluteUri,
                    Error = Redaction.Redact(error.Message),
                });
            }
            finally
            {
                if (entry.Downloads && !_closedBars.Remove(entry)) WriteProgress(FileProgress(entry, ProgressRecordType.Completed));
            }
        }
        ReportProgress();
    }

    private void ReportProgress()
    {
        foreach (var entry in _batch!.Receiving) WriteProgress(FileProgress(entry, ProgressRecordType.Processing));
        // A download done behind a slower one closes its bar now, not when its turn to be written out comes.
        foreach (var entry in _batch.Finished)
        {
            if (_closedBars.Add(entry)) WriteProgress(FileProgress(entry, ProgressRecordType.Completed));
        }
        var rate = (long)(_batch.Bytes / Math.Max(_batch.Elapsed.TotalSeconds, 0.001));
        // Counts of none are left out, so that at 80 columns the line still shows the rate.
        var counts = string.Join(", ", new (int Count, string Word)[] { (_batch.Saved, "saved"), (_batch.Skipped, "skipped"), (_batch.Failed, "failed"), (_batch.Running, "in progress") }
            .Where(item => item.Count > 0).Select(item => $"{item.Count} {item.Word}"));
        WriteProgress(new ProgressRecord(BatchActivityId, "Saving from Imgur", $"{(counts.Length > 0 ? counts : "starting")}, {Size(_batch.Bytes)} at {Size(rate)}/s"));
    }

    private static ProgressRecord FileProgress(DownloadBatch.DownloadEntry entry, ProgressRecordType type) =>
        new(BatchActivityId + 1 + entry.Position, $"Saving {(entry.Source as SaveItem)?.Id ?? entry.Source}", entry.Length is { } length ? $"{Size(entry.Received)} of {Size(length)}" : Size(entry.Received))
        {
            ParentActivityId = BatchActivityId,
            PercentComplete = entry.PercentComplete,
            RecordType = type,
        };

    private static string Size(long bytes) => ByteSize.Format(bytes);

    private protected override void Release()
    {
        // Stopped (Ctrl+C, Select-Object -First): every download ends at once and deletes its temporary file.
        if (_batch is not null && !_ended) _batch.Abandon(TimeSpan.FromSeconds(2));
        _archive?.Dispose();
    }
}
