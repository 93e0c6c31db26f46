using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client.Upload;
using Xunit;

namespace ImgurPS.Tests;

public class ProgressStreamTests
{
    private sealed class Recorder : IProgress<long>
    {
        public List<long> Reports { get; } = new();

        public void Report(long value) => Reports.Add(value);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CopiesEveryByteAndReportsTheRunningTotal(bool readInline)
    {
        var data = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();
        var progress = new Recorder();
        using var source = new ProgressStream(new MemoryStream(data), progress, readInline);
        using var copy = new MemoryStream();

        await source.CopyToAsync(copy, 81920);

        Assert.Equal(data, copy.ToArray());
        var totals = progress.Reports.Where(total => total > 0).Distinct().ToList();
        Assert.True(totals.Count > 1, "a file larger than one copy buffer is reported more than once");
        Assert.Equal(totals.OrderBy(total => total), totals);
        Assert.Equal(200_000, totals.Last());
    }

    [Fact]
    public async Task AnInlineReadStillHonoursCancellation()
    {
        using var source = new ProgressStream(new MemoryStream(new byte[10]), null, readInline: true);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.ReadAsync(new byte[10], 0, 10, stop.Token));
    }
}
