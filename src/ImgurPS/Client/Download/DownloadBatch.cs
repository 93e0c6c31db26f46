using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Models;

namespace ImgurPS.Client.Download;

/// <summary>
/// Runs the downloads of one Save-ImgurImage or Save-ImgurAlbum invocation, <see cref="ThrottleLimit"/> at a time on
/// the thread pool, and hands them back in input order. Unlike the upload coordinator it admits work only from the
/// caller's thread, which waits (<see cref="WhenRoom"/>) before starting the next: downloads thus start in input order
/// without a chain of admissions, and the backlog stays bounded however long the input.
/// </summary>
internal sealed class DownloadBatch
{
    private readonly Queue<DownloadEntry> _queue = new();
    private readonly CancellationTokenSource _stop;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    // The entry last taken, which the caller waits on to hand it back: still running, so still counted and shown.
    private DownloadEntry? _taken;
    private int _nextPosition;
    private int _saved;
    private int _skipped;
    private int _failed;
    private long _bytes;

    public DownloadBatch(int throttleLimit, CancellationToken cancellation)
    {
        ThrottleLimit = throttleLimit;
        // Also cancelled when the output is no longer read (Abandon).
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
    }

    public int ThrottleLimit { get; }

    public CancellationToken Cancellation => _stop.Token;

    public int Saved => Volatile.Read(ref _saved);

    public int Skipped => Volatile.Read(ref _skipped);

    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Bytes written to disk so far, the running downloads' included.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Downloads still running.</summary>
    public int Running => Unwritten.Count(entry => !entry.Task.IsCompleted);

    /// <summary>The running downloads that have received something, for a progress bar each.</summary>
    public IEnumerable<DownloadEntry> Receiving => Unwritten.Where(entry => entry.Received > 0 && !entry.Task.IsCompleted);

    /// <summary>The downloads done but not yet handed back, as those behind a slower one in input order are.</summary>
    public IEnumerable<DownloadEntry> Finished => Unwritten.Where(entry => entry.Downloads && entry.Task.IsCompleted);

    // Concat, not Prepend, which .NET Framework before 4.7.1 lacks (Windows PowerShell runs on whichever is installed).
    private IEnumerable<DownloadEntry> Unwritten => _taken is { } taken ? new[] { taken }.Concat(_queue) : _queue;

    /// <summary>
    /// Completes when another download may start: fewer than <see cref="ThrottleLimit"/> run, and no more than twice
    /// that many wait to be taken behind a slow one. Already complete when there is room.
    /// </summary>
    public Task WhenRoom()
    {
        var running = _queue.Where(entry => !entry.Task.IsCompleted).Select(entry => (Task)entry.Task).ToList();
        if (running.Count >= ThrottleLimit) return Task.WhenAny(running);
        return _queue.Count > 2 * ThrottleLimit ? Task.WhenAny(_queue.Peek().Task) : Task.FromResult(true);
    }

    /// <summary>
    /// Starts a download; <paramref name="run"/> is handed the entry, which hears the bytes received. Its synchronous
    /// start (the name it claims) runs on the caller's thread, in input order; the rest on the pool.
    /// </summary>
    public DownloadEntry Start(object source, long? length, Func<DownloadEntry, CancellationToken, Task<SavedMedia>> run)
    {
        var entry = new DownloadEntry(this, source, length, _nextPosition++) { Downloads = true };
        entry.Task = CountAsync(entry, run);
        _queue.Enqueue(entry);
        return entry;
    }

    /// <summary>Queues an input's failure before any download (a refused link, a failed lookup), so it comes out in its place.</summary>
    public void Refuse(object source, Exception error)
    {
        Interlocked.Increment(ref _failed);
        _queue.Enqueue(new DownloadEntry(this, source, null, _nextPosition++) { Task = Task.FromException<SavedMedia>(error) });
    }

    /// <summary>Queues an input settled without any download (the archive lists it), so it comes out in its place.</summary>
    public void Done(object source, SavedMedia skipped)
    {
        Interlocked.Increment(ref _skipped);
        _queue.Enqueue(new DownloadEntry(this, source, null, _nextPosition++) { Task = Task.FromResult(skipped) });
    }

    /// <summary>Takes the oldest entry when it is done, or with <paramref name="all"/> in any case; the caller waits on it.</summary>
    public bool TryTakeDue(bool all, out DownloadEntry entry)
    {
        _taken = null;
        if (_queue.Count > 0 && (all || _queue.Peek().Task.IsCompleted))
        {
            entry = _taken = _queue.Dequeue();
            return true;
        }
        entry = null!;
        return false;
    }

    /// <summary>
    /// Ends a batch whose output is no longer read (Ctrl+C, Select-Object -First): every download is cancelled, and
    /// given <paramref name="patience"/> to delete its temporary file.
    /// </summary>
    public void Abandon(TimeSpan patience)
    {
        _stop.Cancel();
        // The one the caller was waiting on included: a stop usually comes then.
        var running = Unwritten.Select(entry => (Task)entry.Task).Where(task => !task.IsCompleted).ToArray();
        try
        {
            Task.WaitAll(running, patience);
        }
        catch (AggregateException)
        {
            // Cancelled downloads end in failures nobody reads now.
        }
    }

    private async Task<SavedMedia> CountAsync(DownloadEntry entry, Func<DownloadEntry, CancellationToken, Task<SavedMedia>> run)
    {
        try
        {
            var saved = await run(entry, _stop.Token).ConfigureAwait(false);
            Interlocked.Increment(ref saved.Skipped ? ref _skipped : ref _saved);
            return saved;
        }
        catch
        {
            entry.Report(0);
            Interlocked.Increment(ref _failed);
            throw;
        }
    }

    private void AddBytes(long bytes) => Interlocked.Add(ref _bytes, bytes);

    /// <summary>One input of the batch, in input order.</summary>
    internal sealed class DownloadEntry : IProgress<long>
    {
        private readonly DownloadBatch _batch;
        private long _received;

        public DownloadEntry(DownloadBatch batch, object source, long? length, int position)
        {
            _batch = batch;
            Source = source;
            Length = length;
            Position = position;
        }

        /// <summary>What the input was (an image, an id, a link), as errors name it.</summary>
        public object Source { get; }

        /// <summary>The size Imgur reports, when known.</summary>
        public long? Length { get; }

        /// <summary>The place in input order, from 0.</summary>
        public int Position { get; }

        public Task<SavedMedia> Task { get; internal set; } = null!;

        /// <summary>True for a download; false for an input settled without one (refused, or in the archive).</summary>
        public bool Downloads { get; internal set; }

        public long Received => Interlocked.Read(ref _received);

        /// <summary>How far it is, 0 to 100; -1 while the size is unknown.</summary>
        public int PercentComplete => Length is > 0 ? (int)Math.Min(100, Received * 100 / Length.Value) : -1;

        /// <summary>Hears the running total of bytes written.</summary>
        public void Report(long value) => _batch.AddBytes(value - Interlocked.Exchange(ref _received, value));
    }
}
