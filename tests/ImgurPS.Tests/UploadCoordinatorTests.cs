using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client.Upload;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The batch behind Send-ImgurImage: throttle, input order, journal and progress counts, with no PowerShell host.</summary>
public class UploadCoordinatorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>An upload that finishes when the test says so, and tells when it has started.</summary>
    private sealed class HeldUpload
    {
        private readonly TaskCompletionSource<ImgurImage> _answer = new();
        private readonly ManualResetEventSlim _started = new();

        public IProgress<long>? Progress { get; private set; }

        public Task<ImgurImage> Send(UploadCoordinator.UploadEntry progress)
        {
            Progress = progress;
            return Send();
        }

        public Task<ImgurImage> Send()
        {
            _started.Set();
            return _answer.Task;
        }

        public bool WaitStarted() => _started.Wait(Patience);

        public bool HasStarted => _started.IsSet;

        public void Succeed(string id) => _answer.SetResult(new ImgurImage { Id = id });

        public void Fail(Exception error) => _answer.SetException(error);
    }

    private static Uri Url(int number) => new($"https://example.com/{number}.png");

    private static UploadCoordinator Batch(int throttleLimit, UploadJournal? journal = null, bool resendUncertain = false, CancellationToken cancellation = default) =>
        new(throttleLimit, journal, resendUncertain, cancellation);

    /// <summary>Takes every entry in turn, waiting for each, as Send-ImgurImage's end block does.</summary>
    private static List<UploadCoordinator.UploadEntry> TakeAll(UploadCoordinator batch)
    {
        var taken = new List<UploadCoordinator.UploadEntry>();
        while (batch.TryTakeDue(all: true, out var entry))
        {
            Assert.True(((IAsyncResult)entry.Task).AsyncWaitHandle.WaitOne(Patience), $"entry {entry.Position} did not finish");
            taken.Add(entry);
        }
        return taken;
    }

    /// <summary>Records a file as uploaded by an earlier run, as a batch would, and closes the journal.</summary>
    private static void Uploaded(string journalPath, string file, string id)
    {
        using var journal = UploadJournal.Open(journalPath);
        var intent = journal.RecordIntent(file, new FileInfo(file).Length, UploadJournal.Hash(file, out var length), Path.GetFileName(file), account: null);
        journal.RecordUploaded(intent, intent.Sha256!, length, new ImgurImage { Id = id });
    }

    /// <summary>The journal's lines as (path, outcome), read as a user would while a batch holds it.</summary>
    private static List<(string?, string?)> Outcomes(string journalPath)
    {
        using var reader = new StreamReader(new FileStream(journalPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd().Split('\n').Where(line => line.Length > 0)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Select(line => (line.GetProperty("path").GetString(), line.GetProperty("outcome").GetString())).ToList();
    }

    private static string WritePng(TempFolder folder, string name, int size)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        bytes[size - 1] = (byte)name.Length;
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void HandsBackEntriesInInputOrderWhenLaterUploadsFinishFirst()
    {
        var batch = Batch(throttleLimit: 6);
        var uploads = Enumerable.Range(0, 6).Select(_ => new HeldUpload()).ToArray();
        for (var i = 0; i < uploads.Length; i++) batch.Start(Url(i), uploads[i].Send);
        Assert.All(uploads, upload => Assert.True(upload.WaitStarted()));

        for (var i = uploads.Length - 1; i > 0; i--) uploads[i].Succeed($"id{i}");
        Assert.False(batch.TryTakeDue(all: false, out _), "nothing is due while the oldest upload runs");

        uploads[0].Succeed("id0");
        var taken = TakeAll(batch);

        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"id{i}"), taken.Select(entry => entry.Task.Result.Id));
        Assert.Equal(Enumerable.Range(0, 6).Select(Url).Cast<object>(), taken.Select(entry => entry.Source));
    }

    [Fact]
    public void UploadsStartInInputOrderWithAThrottleLimitOfOne()
    {
        var batch = Batch(throttleLimit: 1);
        var first = new HeldUpload();
        var started = new System.Collections.Concurrent.ConcurrentQueue<int>();
        batch.Start(Url(0), () => { started.Enqueue(0); return first.Send(); });
        Assert.True(first.WaitStarted());
        // While the first holds the only slot, the others are queued; the pool starts their work in an order of its own.
        for (var i = 1; i < 200; i++)
        {
            var number = i;
            batch.Start(Url(i), () => { started.Enqueue(number); return Task.FromResult(new ImgurImage { Id = $"id{number}" }); });
        }
        Thread.Sleep(100);

        first.Succeed("id0");
        TakeAll(batch);

        Assert.Equal(Enumerable.Range(0, 200), started);
    }

    [Fact]
    public void NeverRunsMoreThanTheThrottleLimitAtOnce()
    {
        var batch = Batch(throttleLimit: 3);
        var release = new TaskCompletionSource<bool>();
        var gate = new object();
        int running = 0, mostAtOnce = 0, started = 0;
        for (var i = 0; i < 20; i++)
        {
            var id = $"id{i}";
            batch.Start(Url(i), async () =>
            {
                Interlocked.Increment(ref started);
                var now = Interlocked.Increment(ref running);
                lock (gate) mostAtOnce = Math.Max(mostAtOnce, now);
                await release.Task.ConfigureAwait(false);
                await Task.Delay(2).ConfigureAwait(false);
                Interlocked.Decrement(ref running);
                return new ImgurImage { Id = id };
            });
        }

        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref started) >= 3, Patience));
        Assert.False(SpinWait.SpinUntil(() => Volatile.Read(ref started) > 3, TimeSpan.FromMilliseconds(200)), "a fourth upload started while three ran");

        release.SetResult(true);
        var taken = TakeAll(batch);

        Assert.Equal(20, taken.Count(entry => entry.Task.Status == TaskStatus.RanToCompletion));
        Assert.Equal(3, mostAtOnce);
    }

    [Fact]
    public async Task AFailedUploadKeepsItsPlaceAndTheOthersGoOn()
    {
        var batch = Batch(throttleLimit: 2);
        var broken = new InvalidOperationException("Imgur said no");
        batch.Start(Url(0), () => Task.FromResult(new ImgurImage { Id = "id0" }));
        batch.Start(Url(1), () => Task.FromException<ImgurImage>(broken));
        batch.Refuse("notes.txt", new InvalidDataException("not an image"));
        batch.Start(Url(3), () => Task.FromResult(new ImgurImage { Id = "id3" }));

        var taken = TakeAll(batch);

        Assert.Equal(new[] { 0, 1, 2, 3 }, taken.Select(entry => entry.Position));
        Assert.Equal("id0", (await taken[0].Task).Id);
        Assert.Same(broken, taken[1].Task.Exception!.InnerException);
        Assert.False(taken[1].IsRefused);
        Assert.IsType<InvalidDataException>(taken[2].Task.Exception!.InnerException);
        Assert.True(taken[2].IsRefused);
        Assert.Equal("notes.txt", taken[2].Source);
        Assert.Equal("id3", (await taken[3].Task).Id);
        Assert.Equal(2, batch.Uploaded);
        Assert.Equal(2, batch.Failed);
    }

    [Fact]
    public void CancellationStopsTheUploadsWaitingForASlot()
    {
        using var stop = new CancellationTokenSource();
        var batch = Batch(throttleLimit: 1, cancellation: stop.Token);
        var first = new HeldUpload();
        var sends = 0;
        batch.Start(Url(0), () => { Interlocked.Increment(ref sends); return first.Send(); });
        // The others are queued once the first holds the only slot: the pool may run queued work in any order.
        Assert.True(first.WaitStarted());
        for (var i = 1; i < 4; i++) batch.Start(Url(i), () => { Interlocked.Increment(ref sends); return Task.FromResult(new ImgurImage()); });

        stop.Cancel();
        first.Succeed("id0");
        var taken = TakeAll(batch);

        Assert.Equal(1, sends);
        Assert.Equal(TaskStatus.RanToCompletion, taken[0].Task.Status);
        Assert.All(taken.Skip(1), entry => Assert.True(entry.Task.IsCanceled));
    }

    [Fact]
    public void TheJournalSkipsUploadedFilesAndRecordsEachUploadAsItCompletes()
    {
        using var folder = new TempFolder();
        var done = WritePng(folder, "done.png", 100);
        var slow = WritePng(folder, "slow.png", 200);
        var quick = WritePng(folder, "quick.png", 300);
        var journalPath = folder.File("journal.jsonl");
        Uploaded(journalPath, done, "earlier");
        var journal = UploadJournal.Open(journalPath);
        var batch = Batch(throttleLimit: 4, journal);

        var skipped = batch.Prepare(done)!;
        Assert.Equal("earlier", skipped.EarlierUpload!.Id);
        Assert.Equal(1, batch.Skipped);

        var slowUpload = new HeldUpload();
        var quickUpload = new HeldUpload();
        var slowFile = batch.Prepare(slow)!;
        var quickFile = batch.Prepare(quick)!;
        Assert.Null(slowFile.EarlierUpload);
        batch.Start(slowFile, "slow.png", slowUpload.Send);
        batch.Start(quickFile, "quick.png", quickUpload.Send);

        quickUpload.Succeed("quick-id");
        Assert.True(SpinWait.SpinUntil(() => Outcomes(journalPath).Contains((quick, "uploaded")), Patience),
            "the quick upload is on disk while the one before it still runs");
        Assert.Contains((slow, "sending"), Outcomes(journalPath));
        Assert.DoesNotContain((slow, "uploaded"), Outcomes(journalPath));

        slowUpload.Succeed("slow-id");
        TakeAll(batch);
        journal.Dispose();

        using var reread = UploadJournal.Open(journalPath);
        Assert.Equal("slow-id", reread.Find(slow, UploadJournal.Hash(slow, out _))!.Id);
        Assert.Equal("quick-id", reread.Find(quick, UploadJournal.Hash(quick, out _))!.Id);
        Assert.Equal(1, batch.Skipped);
    }

    [Fact]
    public void OnlyAFileWhosePathTheJournalListsIsHashedWhenQueued()
    {
        using var folder = new TempFolder();
        var known = WritePng(folder, "known.png", 100);
        var fresh = WritePng(folder, "fresh.png", 200);
        var journalPath = folder.File("journal.jsonl");
        Uploaded(journalPath, known, "earlier");
        using var journal = UploadJournal.Open(journalPath);
        var batch = Batch(throttleLimit: 1, journal);

        // A new path has nothing to be compared with: it is read for its intent line and as it is sent, not a third time.
        Assert.Null(batch.Prepare(fresh)!.Hash);
        Assert.Equal(UploadJournal.Hash(known, out _), batch.Prepare(known)!.Hash);
        Assert.Equal(1, batch.Skipped);
    }

    [Fact]
    public void AnUploadIsAskedForTheHashOfWhatItSentOnlyWithAJournal()
    {
        using var folder = new TempFolder();
        var file = WritePng(folder, "file.png", 100);
        using var journal = UploadJournal.Open(folder.File("journal.jsonl"));
        foreach (var (batch, journaled) in new[] { (Batch(throttleLimit: 1), false), (Batch(throttleLimit: 1, journal), true) })
        {
            bool? asked = null;
            batch.Start(batch.Prepare(file)!, "file.png", entry =>
            {
                asked = entry.SentContent is not null;
                return Task.FromResult(new ImgurImage { Id = "id" });
            });
            TakeAll(batch);
            Assert.Equal(journaled, asked);
        }
    }

    [Fact]
    public void TheJournalPairsTheLinkWithTheHashOfWhatWasSent()
    {
        using var folder = new TempFolder();
        var file = WritePng(folder, "changing.png", 100);
        var journalPath = folder.File("journal.jsonl");
        using (var journal = UploadJournal.Open(journalPath))
        {
            var batch = Batch(throttleLimit: 1, journal);
            // The request reads other bytes than the file held when the intent was written (it changed meanwhile).
            batch.Start(batch.Prepare(file)!, "changing.png", entry =>
            {
                entry.HeardSent("5e7f", 101);
                return Task.FromResult(new ImgurImage { Id = "sent-id" });
            });
            TakeAll(batch);
        }

        using var reread = UploadJournal.Open(journalPath);
        Assert.Equal("sent-id", reread.Find(file, "5e7f")!.Id);
        Assert.Equal(101, reread.Find(file, "5e7f")!.Size);
        Assert.Null(reread.Find(file, UploadJournal.Hash(file, out _)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnUploadWhoseAnswerWasLostIsSkippedUnlessResendingIsAsked(bool resendUncertain)
    {
        using var folder = new TempFolder();
        var file = WritePng(folder, "lost.png", 100);
        var journalPath = folder.File("journal.jsonl");
        using (var first = UploadJournal.Open(journalPath))
        {
            var firstRun = Batch(throttleLimit: 1, first);
            firstRun.Start(firstRun.Prepare(file)!, "lost.png", _ => Task.FromException<ImgurImage>(new TimeoutException("no answer")));
            TakeAll(firstRun);
        }

        using var second = UploadJournal.Open(journalPath);
        var secondRun = Batch(throttleLimit: 1, second, resendUncertain);
        var again = secondRun.Prepare(file)!;

        Assert.Equal(!resendUncertain, again.EarlierUpload is { IsUncertain: true });
        Assert.Equal(resendUncertain ? 0 : 1, secondRun.Skipped);
    }

    [Fact]
    public void ProgressCountsAddUp()
    {
        using var folder = new TempFolder();
        var files = new[] { WritePng(folder, "a.png", 1000), WritePng(folder, "b.png", 2000), WritePng(folder, "c.png", 4000) };
        var journalPath = folder.File("journal.jsonl");
        Uploaded(journalPath, files[2], "earlier");
        using var journal = UploadJournal.Open(journalPath);
        var batch = Batch(throttleLimit: 4, journal);
        var uploads = new[] { new HeldUpload(), new HeldUpload() };

        batch.Start(batch.Prepare(files[0])!, "a.png", uploads[0].Send);
        batch.Start(batch.Prepare(files[1])!, "b.png", uploads[1].Send);
        Assert.NotNull(batch.Prepare(files[2])!.EarlierUpload);
        Assert.Null(batch.Prepare(folder.File("missing.png")));
        batch.Start(Url(4), () => Task.FromResult(new ImgurImage { Id = "from-url" }));
        Assert.All(uploads, upload => Assert.True(upload.WaitStarted()));

        uploads[0].Progress!.Report(250);
        uploads[1].Progress!.Report(500);
        Assert.Equal(750, batch.BytesSent);
        Assert.Equal(new[] { 25, 25 }, batch.Sending.Select(entry => entry.PercentComplete));
        Assert.Equal(4, batch.Pending);

        // A retry starts its file again from the first byte.
        uploads[1].Progress!.Report(0);
        uploads[1].Progress!.Report(1500);
        uploads[0].Progress!.Report(1000);
        uploads[0].Succeed("a-id");
        uploads[1].Fail(new InvalidOperationException("refused"));
        var taken = TakeAll(batch);

        Assert.Equal(4, taken.Count);
        Assert.Equal(0, batch.Pending);
        Assert.Equal(2, batch.Uploaded);
        Assert.Equal(2, batch.Failed);
        Assert.Equal(1, batch.Skipped);
        Assert.Equal(5, batch.Uploaded + batch.Failed + batch.Skipped);
        Assert.Equal(1000, batch.BytesSent);
        Assert.Empty(batch.Sending);
    }

    [Fact]
    public void CountsAsRunningOnlyTheUploadsHoldingASlot()
    {
        var batch = Batch(throttleLimit: 2);
        var uploads = Enumerable.Range(0, 5).Select(_ => new HeldUpload()).ToArray();
        for (var i = 0; i < uploads.Length; i++) batch.Start(Url(i), uploads[i].Send);
        Assert.True(uploads[0].WaitStarted() && uploads[1].WaitStarted());

        Assert.Equal(2, batch.Running);
        Assert.Equal(5, batch.Pending);

        foreach (var upload in uploads) upload.Succeed("id");
        TakeAll(batch);
        Assert.Equal(0, batch.Running);
    }

    [Fact]
    public void StopsTheBatchAtTheFirstCreditRefusal()
    {
        var batch = Batch(throttleLimit: 1);
        var refusal = new ImgurPS.Client.ImgurCreditException("POST /3/image would dip into the reserve.", "Change the reserve.", resetsAt: null);
        var later = new HeldUpload();
        batch.Start(Url(0), () => Task.FromException<ImgurImage>(refusal));
        batch.Start(Url(1), later.Send);

        var taken = TakeAll(batch);

        Assert.Same(refusal, batch.StoppedBy);
        Assert.True(taken[1].Task.IsCanceled, "the upload after the refusal was not cancelled");
        Assert.False(later.HasStarted, "an upload after the refusal started");
    }

    [Fact]
    public void AbandonStartsNothingMoreAndReturnsTheUploadsNotTaken()
    {
        var batch = Batch(throttleLimit: 1);
        var uploads = Enumerable.Range(0, 3).Select(_ => new HeldUpload()).ToArray();
        for (var i = 0; i < uploads.Length; i++) batch.Start(Url(i), uploads[i].Send);
        uploads[0].Succeed("first");
        Assert.True(uploads[1].WaitStarted());

        var unseen = batch.Abandon(TimeSpan.FromMilliseconds(200));

        Assert.Equal(new object[] { Url(0) }, unseen.Select(item => item.Source));
        Assert.Equal("first", unseen[0].Image.Id);
        uploads[1].Succeed("second");
        Assert.False(uploads[2].HasStarted, "an upload started after the batch was abandoned");
    }
}
