using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using ImgurPS.Client.Upload;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The upload journal written ahead, locked for one batch, and refusing a file it cannot write before anything is sent.</summary>
public class UploadJournalTests
{
    [Fact]
    public void AnIntentWithoutOutcomeReadsAsUncertain()
    {
        using var folder = new TempFolder();
        var path = folder.File("journal.jsonl");
        using (var killed = UploadJournal.Open(path))
        {
            killed.RecordIntent("/photos/a.png", 12, "ab12", "a.png", account: null);
        }

        using var journal = UploadJournal.Open(path);

        Assert.True(journal.Find("/photos/a.png", "ab12")!.IsUncertain);
    }

    [Fact]
    public void AnOutcomeSettlesItsIntentEvenForOtherContent()
    {
        using var folder = new TempFolder();
        var path = folder.File("journal.jsonl");
        using (var run = UploadJournal.Open(path))
        {
            var changed = run.RecordIntent("/photos/a.png", 12, "before", "a.png", account: null);
            run.RecordUploaded(changed, "after", 13, new ImgurImage { Id = "Id1" });
            run.RecordFailed(run.RecordIntent("/photos/b.png", 7, "cd34", "b.png", account: null));
        }

        using var journal = UploadJournal.Open(path);

        Assert.Null(journal.Find("/photos/a.png", "before"));
        Assert.Equal("Id1", journal.Find("/photos/a.png", "after")!.Id);
        Assert.Null(journal.Find("/photos/b.png", "cd34"));
    }

    [Fact]
    public void ASecondBatchIsRefusedWhileReadersStillRead()
    {
        using var folder = new TempFolder();
        var path = folder.File("journal.jsonl");
        using var first = UploadJournal.Open(path);
        first.RecordIntent("/photos/a.png", 12, "ab12", "a.png", account: null);

        var refused = Assert.Throws<UploadJournalException>(() => UploadJournal.Open(path));

        Assert.Equal(UploadJournalProblem.InUse, refused.Problem);
        Assert.Contains(path, refused.Message);
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        Assert.Contains("ab12", reader.ReadToEnd());
    }

    [Fact]
    public void TheLockIsReleasedWithTheJournal()
    {
        using var folder = new TempFolder();
        var path = folder.File("journal.jsonl");
        UploadJournal.Open(path).Dispose();

        using var again = UploadJournal.Open(path);

        Assert.Equal(path, again.FilePath);
    }

    [Theory]
    [InlineData("missing-folder/journal.jsonl")]
    [InlineData("a-folder")]
    public void AJournalThatCannotBeWrittenIsRefusedAtOnce(string name)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("a-folder"));
        var path = folder.File(name);

        var refused = Assert.Throws<UploadJournalException>(() => UploadJournal.Open(path));

        Assert.Equal(UploadJournalProblem.Unwritable, refused.Problem);
        Assert.Contains(path, refused.Message);
        Assert.Contains("Nothing was sent", refused.Message);
    }

    [Fact]
    public async Task TheSentContentIsHashedAsItIsRead()
    {
        var data = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();
        string? heard = null;
        long length = 0;
        using var source = new ProgressStream(new MemoryStream(data), null, readInline: true, (hash, sent) => (heard, length) = (hash, sent));

        await source.CopyToAsync(Stream.Null, 81920);

        using var sha = SHA256.Create();
        Assert.Equal(UploadJournal.Hex(sha.ComputeHash(data)), heard);
        Assert.Equal(data.Length, length);
    }
}
