using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Models;

namespace ImgurPS.Client.Upload;

/// <summary>
/// Runs a batch of uploads for Send-ImgurImage: at most <see cref="ThrottleLimit"/> at once on the thread pool,
/// handed back in input order, the journal consulted before and written as each upload completes, and the counts a
/// progress display needs. It never blocks: the caller adds entries and takes finished ones on its own thread (the
/// pipeline thread), and waits on each entry's task itself.
/// </summary>
/// <remarks>
/// The queue, the skip count and the last admission are the caller's alone, so they take no lock; the other counts
/// and the journal are written from the pool as uploads complete.
/// </remarks>
internal sealed class UploadCoordinator
{
    private readonly Queue<UploadEntry> _queue = new();
    private readonly SemaphoreSlim _slots;
    private readonly UploadJournal? _journal;
    private readonly bool _resendUncertain;
    private readonly string? _account;
    private readonly CancellationTokenSource _stop;
    private readonly CancellationToken _cancellation;
    private Exception? _stoppedBy;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _nextPosition;
    private Task _lastAdmission = Task.FromResult(true);
    private int _uploaded;
    private int _failed;
    private int _running;
    private int _skipped;
    private long _bytesSent;

    /// <param name="throttleLimit">How many uploads run at once.</param>
    /// <param name="journal">Where completed uploads are recorded and looked up; null for none.</param>
    /// <param name="resendUncertain">Sends files the journal lists as perhaps uploaded (their answer was lost) again.</param>
    /// <param name="cancellation">Stops uploads still waiting for their turn.</param>
    /// <param name="account">The signed-in account the uploads go to, as the journal records it; null for anonymous.</param>
    public UploadCoordinator(int throttleLimit, UploadJournal? journal, bool resendUncertain, CancellationToken cancellation, string? account = null)
    {
        ThrottleLimit = throttleLimit;
        _slots = new SemaphoreSlim(throttleLimit);
        _journal = journal;
        _resendUncertain = resendUncertain;
        _account = account;
        // Also cancelled when the batch stops (see StoppedBy) or its output is no longer read: the uploads still
        // waiting would only fail the same way, or go unseen.
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _cancellation = _stop.Token;
    }

    /// <summary>
    /// The first failure that stops the whole batch, after which no other upload starts: Imgur cannot be reached at
    /// all (refused connection, unknown host, no route), or the credit guard refused to spend more credits (every
    /// later upload would meet the same refusal). Null while none has happened.
    /// </summary>
    public Exception? StoppedBy => Volatile.Read(ref _stoppedBy);

    public int ThrottleLimit { get; }

    /// <summary>Uploads that succeeded so far, counted as each completes.</summary>
    public int Uploaded => Volatile.Read(ref _uploaded);

    /// <summary>Uploads that failed so far, and files refused before sending.</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Files skipped as already in the journal.</summary>
    public int Skipped => _skipped;

    /// <summary>Uploads holding a slot, being sent now; never more than <see cref="ThrottleLimit"/>.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Entries not yet taken: running, waiting for a slot, or finished behind an earlier one.</summary>
    public int Pending => _queue.Count;

    /// <summary>Bytes of the files uploaded, plus what the running uploads have sent so far.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The running uploads that have sent something, for a progress bar each.</summary>
    public IEnumerable<UploadEntry> Sending
    {
        get
        {
            foreach (var entry in _queue)
            {
                if (entry.Sent > 0 && !entry.Task.IsCompleted) yield return entry;
            }
        }
    }

    /// <summary>
    /// Checks a file before anything is sent: its type and size, and with a journal whether the journal lists it (then
    /// <see cref="PreparedFile.EarlierUpload"/> is set and it counts as skipped). A file that cannot be sent gives null;
    /// its failure waits in line like an upload.
    /// </summary>
    public PreparedFile? Prepare(string path)
    {
        ImgurMedia media;
        string? hash = null;
        try
        {
            media = ImgurMedia.Inspect(path, ImgurUploadLimits.Default);
            // Only a path the journal lists has a hash to compare with; any other file is read whole twice anyway, for
            // its intent line and as it is sent, and a batch of new files should not read each a third time.
            if (_journal is not null && _journal.Lists(path)) hash = UploadJournal.Hash(path, out _);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            Refuse(path, error);
            return null;
        }

        var earlier = hash is null ? null : _journal!.Find(path, hash);
        if (earlier is not null && earlier.IsUncertain && _resendUncertain) earlier = null;
        if (earlier is not null) _skipped++;
        return new PreparedFile(path, media, hash, earlier);
    }

    /// <summary>
    /// Checks content held in memory as <see cref="Prepare(string)"/> checks a file. It has no path for the journal to
    /// key on, so it is not journaled; <paramref name="name"/> names it in errors and to Imgur.
    /// </summary>
    public PreparedFile? Prepare(byte[] content, string name)
    {
        try
        {
            return new PreparedFile(name, ImgurMedia.FromContent(content, name, ImgurUploadLimits.Default), hash: null, earlierUpload: null);
        }
        catch (ImgurMediaException error)
        {
            Refuse(name, error);
            return null;
        }
    }

    /// <summary>
    /// Queues a prepared file's upload; <paramref name="send"/> runs on the pool once a slot is free, and is handed the
    /// entry, which hears the bytes sent and the hash of what was sent. <paramref name="name"/> is the file name Imgur is given.
    /// </summary>
    public void Start(PreparedFile file, string? name, Func<UploadEntry, Task<ImgurImage>> send) => Enqueue(file.Path, file.Media.Length, file, name, send);

    /// <summary>Queues an upload Imgur fetches from a URL; <paramref name="send"/> runs on the pool once a slot is free.</summary>
    public void Start(Uri url, Func<Task<ImgurImage>> send) => Enqueue(url, length: 0, file: null, name: null, _ => send());

    private void Enqueue(object source, long length, PreparedFile? file, string? name, Func<UploadEntry, Task<ImgurImage>> send)
    {
        var turn = _lastAdmission;
        var admitted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _lastAdmission = admitted.Task;
        _queue.Enqueue(new UploadEntry(this, source, length, _nextPosition++, entry => Task.Run(() => SendAsync(entry, turn, admitted, file, name, send))));
    }

    /// <summary>Queues the failure of an input refused before upload, so that it comes out in its place.</summary>
    public void Refuse(object source, Exception error)
    {
        Interlocked.Increment(ref _failed);
        _queue.Enqueue(new UploadEntry(this, source, length: 0, _nextPosition++, _ => Task.FromException<ImgurImage>(error), isRefused: true));
    }

    /// <summary>Queues an input not sent because the batch has stopped (see <see cref="StoppedBy"/>), in its place.</summary>
    public void Hold(object source) =>
        _queue.Enqueue(new UploadEntry(this, source, length: 0, _nextPosition++, _ => Task.FromCanceled<ImgurImage>(new CancellationToken(canceled: true)), isRefused: true));

    /// <summary>
    /// Takes the oldest entry when it is due: finished, or with <paramref name="all"/> in any case, or while more than
    /// twice <see cref="ThrottleLimit"/> wait, which keeps memory flat however long the batch. The caller waits on
    /// its task before taking the next, so the output keeps input order.
    /// </summary>
    public bool TryTakeDue(bool all, out UploadEntry entry)
    {
        if (_queue.Count > 0 && (all || _queue.Count > 2 * ThrottleLimit || _queue.Peek().Task.IsCompleted))
        {
            entry = _queue.Dequeue();
            return true;
        }
        entry = null!;
        return false;
    }

    private async Task<ImgurImage> SendAsync(UploadEntry entry, Task turn, TaskCompletionSource<bool> admitted, PreparedFile? file, string? name, Func<UploadEntry, Task<ImgurImage>> send)
    {
        try
        {
            // Slots go out in input order (the pool may start queued work in any order, and a semaphore's waiters
            // have none): with -ThrottleLimit 1 the files reach Imgur, and an album, in the order given.
            await turn.ConfigureAwait(false);
            await _slots.WaitAsync(_cancellation).ConfigureAwait(false);
        }
        finally
        {
            admitted.SetResult(true);
        }

        if (_cancellation.IsCancellationRequested)
        {
            // .NET Framework's semaphore can hand a freed slot to a waiter whose cancellation it has not processed
            // yet, so a stopped batch would still send one more file; ask again once the slot is ours.
            _slots.Release();
            throw new OperationCanceledException(_cancellation);
        }

        Interlocked.Increment(ref _running);
        UploadJournalEntry? intent = null;
        try
        {
            // Written ahead, from the file as it is now (it may have changed since it was queued): from here on the
            // file counts as sent until its outcome is written.
            if (file is not null && file.Media.Content is null && _journal is not null)
            {
                var hash = UploadJournal.Hash(file.Path, out var size);
                intent = _journal.RecordIntent(file.Path, size, hash, name, _account);
            }
            var image = await send(entry).ConfigureAwait(false);
            // Recorded as it completes, not as it is taken, with the hash of the bytes that went out.
            if (intent is not null) _journal!.RecordUploaded(intent, entry.SentSha256 ?? intent.Sha256!, entry.SentSha256 is null ? intent.Size : entry.SentLength, image);
            entry.Report(entry.Length);
            Interlocked.Increment(ref _uploaded);
            return image;
        }
        catch (Exception error)
        {
            entry.Report(0);
            Interlocked.Increment(ref _failed);
            if ((CannotReach(error) || error is ImgurCreditException) && Interlocked.CompareExchange(ref _stoppedBy, error, null) is null) _stop.Cancel();
            if (intent is not null) Settle(intent, error);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _slots.Release();
        }
    }

    // A stopped upload may have got there as much as one whose answer was lost; a refusal or an error answer did not.
    private void Settle(UploadJournalEntry intent, Exception error)
    {
        try
        {
            if (error is OperationCanceledException || ImgurRetryPolicy.MayHaveReachedImgur(error) && !CannotReach(error)) _journal!.RecordUncertain(intent);
            else _journal!.RecordFailed(intent);
        }
        catch (ObjectDisposedException)
        {
            // The batch was stopped and its journal closed: the intent already says "uncertain".
        }
    }

    /// <summary>Whether the error says Imgur cannot be reached at all, rather than that one request failed.</summary>
    private static bool CannotReach(Exception error)
    {
        for (var inner = error; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket && socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.TryAgain
                or SocketError.NoData or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown or SocketError.NetworkDown)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Ends a batch whose output is no longer read (a downstream Select-Object -First, or Ctrl+C): no upload that waits
    /// for a slot starts any more, those being sent get <paramref name="patience"/> to finish, and the uploads that
    /// reached Imgur but were never taken are returned, so that their deletehashes are not lost.
    /// </summary>
    public IReadOnlyList<(object Source, ImgurImage Image)> Abandon(TimeSpan patience)
    {
        _stop.Cancel();
        Quiesce(patience);
        return _queue.Where(entry => entry.Task.Status == TaskStatus.RanToCompletion).Select(entry => (entry.Source, entry.Task.Result)).ToList();
    }

    /// <summary>
    /// Waits a little for uploads still running when the batch is stopped, so that those that finish get their
    /// outcome written before the journal closes.
    /// </summary>
    private void Quiesce(TimeSpan patience)
    {
        var running = _queue.Select(entry => (Task)entry.Task).Where(task => !task.IsCompleted).ToArray();
        try
        {
            Task.WaitAll(running, patience);
        }
        catch (AggregateException)
        {
            // Their failures are reported where they are taken, or not at all once the batch is stopped.
        }
    }

    private void AddSent(long bytes) => Interlocked.Add(ref _bytesSent, bytes);

    /// <summary>One input of the batch, in input order: an upload, or the failure of an input refused before it.</summary>
    internal sealed class UploadEntry : IProgress<long>
    {
        private readonly UploadCoordinator _batch;
        private long _sent;

        public UploadEntry(UploadCoordinator batch, object source, long length, int position, Func<UploadEntry, Task<ImgurImage>> run, bool isRefused = false)
        {
            _batch = batch;
            Source = source;
            Length = length;
            Position = position;
            IsRefused = isRefused;
            // The work is handed the entry itself, which hears the bytes sent, so it starts only once the entry exists.
            Task = run(this);
        }

        /// <summary>The path or URL, as the error of a failure names it.</summary>
        public object Source { get; }

        /// <summary>The file's size; 0 for a URL or a refused input.</summary>
        public long Length { get; }

        /// <summary>The place in input order, from 0.</summary>
        public int Position { get; }

        /// <summary>True for an input refused before anything was sent.</summary>
        public bool IsRefused { get; }

        public Task<ImgurImage> Task { get; }

        /// <summary>Bytes read by the upload so far; written by the HTTP stack, read by the caller.</summary>
        public long Sent => Interlocked.Read(ref _sent);

        /// <summary>How far the upload is, 0 to 100; -1 when its size is unknown (a URL).</summary>
        public int PercentComplete => Length == 0 ? -1 : (int)Math.Min(100, Sent * 100 / Length);

        /// <summary>Hears the running total of bytes sent; a retry starts again from 0.</summary>
        public void Report(long value) => _batch.AddSent(value - Interlocked.Exchange(ref _sent, value));

        /// <summary>The SHA-256 of the bytes the last attempt sent, once it sent them all; null before.</summary>
        public string? SentSha256 { get; private set; }

        /// <summary>How many bytes the last attempt sent.</summary>
        public long SentLength { get; private set; }

        /// <summary>
        /// Where the upload reports the hash and length of what it sent: <see cref="HeardSent"/> when the batch keeps a
        /// journal, the only reader of that hash; null otherwise, so that an upload without one hashes nothing.
        /// </summary>
        public Action<string, long>? SentContent => _batch._journal is null ? null : HeardSent;

        /// <summary>Hears the hash and length of what an attempt sent (the file as it was read, not as it was queued).</summary>
        public void HeardSent(string sha256, long length)
        {
            SentLength = length;
            SentSha256 = sha256;
        }
    }
}

/// <summary>A file checked for upload by <see cref="UploadCoordinator.Prepare(string)"/>.</summary>
internal sealed class PreparedFile
{
    public PreparedFile(string path, ImgurMedia media, string? hash, UploadJournalEntry? earlierUpload)
    {
        Path = path;
        Media = media;
        Hash = hash;
        EarlierUpload = earlierUpload;
    }

    /// <summary>The file's path, or the name of content held in memory.</summary>
    public string Path { get; }

    public ImgurMedia Media { get; }

    /// <summary>The content hash the journal keys on; null without a journal, or when the journal lists nothing at this path.</summary>
    public string? Hash { get; }

    /// <summary>The journal's record of this very file (same path and content), when it is to be skipped; else null.</summary>
    public UploadJournalEntry? EarlierUpload { get; }
}
