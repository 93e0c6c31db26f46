using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Client.Download;
using ImgurPS.Http;
using ImgurPS.Models;
using Xunit;

namespace ImgurPS.Tests;

/// <summary>
/// Media downloads against small misbehaving servers on loopback, through the media client the module builds: what
/// is followed, what is refused, what reaches the disk. A server on another port is another host.
/// </summary>
public class MediaDownloadTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly ImgurHttpPipeline _pipeline = new("ImgurPS/test");
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _pipeline.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task SavesTheBodyUnderTheNameAndLeavesNothingElse()
    {
        var body = Bytes(5000);
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", body.Length) , body));

        var saved = await SaveAsync(media.Address, "AbC1234.png");

        Assert.False(saved.Skipped);
        Assert.Equal(_folder.File("AbC1234.png"), saved.Path);
        Assert.Equal(body, File.ReadAllBytes(saved.Path));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task SendsNoCredentialToTheMediaHost()
    {
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", 3), new byte[3]));

        await SaveAsync(media.Address, "AbC1234.png");

        Assert.Contains("GET /AbC1234.png", media.Received);
        Assert.DoesNotContain("Authorization", media.Received, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("X-Mashape-Key", media.Received, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("x-rapidapi", media.Received, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("User-Agent: ImgurPS/test", media.Received);
    }

    [Fact]
    public async Task DoesNotFollowARedirectToAnotherHost()
    {
        using var other = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", 4), new byte[4]));
        var elsewhere = new Uri(other.Address, "AbC1234.png");
        using var media = new LoopbackServer(_ => Redirect(elsewhere));

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => SaveAsync(media.Address, "AbC1234.png"));

        Assert.Equal(ImgurDownloadProblem.HostRefused, error.Problem);
        Assert.Contains(elsewhere.AbsoluteUri, error.Message);
        Assert.Contains("not followed", error.Message);
        Assert.Equal(0, other.Connections);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task FollowsARedirectWithinTheAllowedHost()
    {
        var body = Bytes(300);
        using var media = new LoopbackServer((head, stream, _) => head.StartsWith("GET /old.png", StringComparison.Ordinal)
            ? LoopbackServer.WriteAsync(stream, "HTTP/1.1 301 Moved Permanently\r\nLocation: /AbC1234.png\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            : WriteAsync(stream, Head(200, "OK", body.Length), body));

        var saved = await SaveAsync(new Uri(media.Address, "old.png"), "AbC1234.png", baseAddress: media.Address);

        Assert.Equal(body, File.ReadAllBytes(saved.Path));
        Assert.Equal(new Uri(media.Address, "AbC1234.png"), saved.Source);
    }

    [Fact]
    public async Task StopsARedirectLoop()
    {
        using var media = new LoopbackServer(_ => "HTTP/1.1 302 Found\r\nLocation: /AbC1234.png\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => SaveAsync(media.Address, "AbC1234.png"));

        Assert.Equal(ImgurDownloadProblem.TooManyRedirects, error.Problem);
        Assert.True(media.Requests <= MediaDownloader.MaxRedirects + 1);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task ReportsTheRemovedPlaceholderAsRemovedWithoutFetchingIt()
    {
        using var media = new LoopbackServer(head => head.StartsWith("GET /removed.png", StringComparison.Ordinal)
            ? "HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\nPNG!"
            : "HTTP/1.1 302 Found\r\nLocation: https://i.imgur.com/removed.png\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => SaveAsync(media.Address, "AbC1234.png"));

        Assert.Equal(ImgurDownloadProblem.Removed, error.Problem);
        Assert.Equal(1, media.Requests);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task RefusesAForeignLinkBeforeAnyRequest()
    {
        using var other = new LoopbackServer(_ => "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        var downloader = new MediaDownloader(_pipeline.CreateMediaClient());

        foreach (var link in new[] { new Uri(other.Address, "AbC1234.png"), new Uri("ftp://i.imgur.com/AbC1234.png"), new Uri("https://imgur.com.example.net/AbC1234.png") })
        {
            var request = new MediaRequest(link, _folder.Path, "AbC1234.png") { ApiBase = new Uri("https://api.imgur.com/") };
            var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => downloader.SaveAsync(request, new NameClaims(), null, CancellationToken.None));
            Assert.Equal(ImgurDownloadProblem.HostRefused, error.Problem);
        }
        Assert.Equal(0, other.Connections);
    }

    [Fact]
    public async Task RefusesALinkWithAUserNameAndPasswordWithoutRepeatingThem()
    {
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", 4), new byte[4]));
        var link = new UriBuilder(new Uri(media.Address, "AbC1234.png")) { UserName = "alice", Password = "hunter22" }.Uri;

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => SaveAsync(link, "AbC1234.png", baseAddress: media.Address));

        Assert.Equal(ImgurDownloadProblem.HostRefused, error.Problem);
        Assert.DoesNotContain("hunter22", error.Message);
        Assert.DoesNotContain("alice", error.Message);
        Assert.Equal(0, media.Connections);
    }

    [Fact]
    public async Task KeepsNoWebPageUnderAnImagesName()
    {
        // A captive portal, a proxy's error page or a page link: saved as .png it would be skipped as done ever after.
        var page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>");
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream,
            $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {page.Length}\r\nConnection: close\r\n\r\n", page));

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => SaveAsync(media.Address, "AbC1234.png"));

        Assert.Equal(ImgurDownloadProblem.NotMedia, error.Problem);
        Assert.Contains("text/html", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task KeepsNothingOfABodyShorterThanAnnounced()
    {
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", 1000), Bytes(400)));

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => SaveAsync(media.Address, "AbC1234.png"));

        Assert.Equal(ImgurDownloadProblem.Incomplete, error.Problem);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task KeepsNothingWhenAHandlerDeliversFewerBytesThanAnnounced()
    {
        // A handler that does not police Content-Length itself (a test stub, a proxy library): the count is checked anyway.
        var short400 = new ByteArrayContent(Bytes(400));
        short400.Headers.ContentLength = 1000;
        using var http = new HttpClient(new FixedAnswer(short400));
        var request = new MediaRequest(new Uri("https://i.imgur.com/AbC1234.png"), _folder.Path, "AbC1234.png");

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => new MediaDownloader(http).SaveAsync(request, new NameClaims(), null, CancellationToken.None));

        Assert.Equal(ImgurDownloadProblem.Incomplete, error.Problem);
        Assert.Contains("after 400 of the 1000 bytes", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task StopsAnEndlessBodyAtTheLimitAndKeepsNothing()
    {
        // No length announced and no end: without a limit the disk fills.
        using var media = new LoopbackServer(async (_, stream, stop) =>
        {
            await LoopbackServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n");
            var chunk = Bytes(65536);
            while (!stop.IsCancellationRequested) await stream.WriteAsync(chunk, 0, chunk.Length, stop);
        });

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => SaveAsync(media.Address, "AbC1234.png", maxBytes: 1_048_576));

        Assert.Equal(ImgurDownloadProblem.TooLarge, error.Problem);
        Assert.Contains("more than 1 MB", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task RefusesAnAnnouncedLengthOverTheLimitBeforeWriting()
    {
        using var media = Stalling(10_000_000_000_000);
        var progress = new Progress(() => { });

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => SaveAsync(media.Address, "AbC1234.png", maxBytes: 1_048_576, progress: progress));

        Assert.Equal(ImgurDownloadProblem.TooLarge, error.Problem);
        Assert.Contains("9536743.2 MB", error.Message);
        Assert.False(progress.Heard, "nothing was written");
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task SavesOnlyTheAnnouncedBytesOfALongerBody()
    {
        var body = Bytes(600);
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", 500), body));

        var saved = await SaveAsync(media.Address, "AbC1234.png");

        Assert.Equal(body.Take(500).ToArray(), File.ReadAllBytes(saved.Path));
    }

    [Fact]
    public async Task TimesOutAStalledHostAndLeavesNoFile()
    {
        using var media = Stalling(100000);

        var error = await Assert.ThrowsAsync<ImgurTimeoutException>(() => SaveAsync(media.Address, "AbC1234.png", timeout: TimeSpan.FromSeconds(1)));

        Assert.Contains("sent nothing for 1 s", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task AStopEndsTheDownloadAndDeletesThePartialFile()
    {
        using var media = Stalling(100000);
        using var cancellation = new CancellationTokenSource();
        var progress = new Progress(() => cancellation.Cancel());

        var saving = SaveAsync(media.Address, "AbC1234.png", progress: progress, cancellation: cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => saving);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task ReportsAFileThatCannotBeWrittenAsAWriteFailureNamingIt()
    {
        // The folder went away mid-run (a removed drive, another program): the file system's error, with the path and what to do.
        var body = Bytes(10);
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", body.Length), body));
        var gone = _folder.File("gone");
        var request = new MediaRequest(new Uri(media.Address, "AbC1234.png"), gone, "AbC1234.png") { ApiBase = media.Address };

        var error = await Assert.ThrowsAsync<ImgurDownloadException>(() => new MediaDownloader(_pipeline.CreateMediaClient()).SaveAsync(request, new NameClaims(), null, CancellationToken.None));

        Assert.Equal(ImgurDownloadProblem.WriteFailed, error.Problem);
        Assert.Contains(Path.Combine(gone, "AbC1234.png"), error.Message);
        Assert.Contains("free space", error.Message);
    }

    [Fact]
    public async Task SkipsAFileOfTheExpectedSizeWithoutARequest()
    {
        File.WriteAllBytes(_folder.File("AbC1234.png"), Bytes(10));
        using var media = new LoopbackServer(_ => "HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n");

        var saved = await SaveAsync(media.Address, "AbC1234.png", expectedSize: 10);

        Assert.True(saved.Skipped);
        Assert.Equal(0, media.Connections);
    }

    [Fact]
    public async Task SkipsAFileOfTheAnnouncedLengthWhenImgursReportedSizeDiffers()
    {
        File.WriteAllBytes(_folder.File("AbC1234.gif"), Bytes(10));
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", 10), Bytes(10)));

        var saved = await SaveAsync(media.Address, "AbC1234.gif", expectedSize: 12);

        Assert.True(saved.Skipped);
        Assert.Equal(_folder.File("AbC1234.gif"), saved.Path);
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task NeverOverwritesAFileOfAnotherSize()
    {
        File.WriteAllText(_folder.File("AbC1234.png"), "mine");
        var body = Bytes(10);
        using var media = new LoopbackServer((_, stream, _) => WriteAsync(stream, Head(200, "OK", body.Length), body));

        var saved = await SaveAsync(media.Address, "AbC1234.png");

        Assert.Equal(_folder.File("AbC1234 (2).png"), saved.Path);
        Assert.Equal("mine", File.ReadAllText(_folder.File("AbC1234.png")));
        Assert.Equal(body, File.ReadAllBytes(saved.Path));
    }

    [Fact]
    public void ADownloadTheCallerWaitsOnStillCountsAsRunning()
    {
        // The caller takes the oldest download and waits for it to write it in input order; its bar and the count go on.
        var batch = new DownloadBatch(2, CancellationToken.None);
        var slow = new TaskCompletionSource<SavedMedia>();
        var first = batch.Start("first", 10, (entry, _) =>
        {
            entry.Report(5);
            return slow.Task;
        });

        Assert.True(batch.TryTakeDue(all: true, out var taken));

        Assert.Same(first, taken);
        Assert.Equal(1, batch.Running);
        Assert.Contains(first, batch.Receiving);
        slow.SetResult(new SavedMedia(_folder.File("a.png"), 10, skipped: false, new Uri("https://i.imgur.com/a.png")));
        Assert.False(batch.TryTakeDue(all: true, out _));
        Assert.Equal(0, batch.Running);
    }

    [Fact]
    public void AbandoningWaitsForTheDownloadTheCallerWaitsOnToCleanUp()
    {
        // Ctrl+C usually comes while the caller waits on the oldest download: its temporary file must be gone on return.
        var batch = new DownloadBatch(2, CancellationToken.None);
        var cleanedUp = false;
        batch.Start("first", 10, async (_, cancellation) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
                throw new InvalidOperationException("not reached");
            }
            finally
            {
                Thread.Sleep(300);
                cleanedUp = true;
            }
        });
        Assert.True(batch.TryTakeDue(all: true, out _));

        batch.Abandon(TimeSpan.FromSeconds(10));

        Assert.True(cleanedUp, "Abandon returned before the download it was waiting on had cleaned up");
    }

    [Theory]
    [InlineData("CON", ".png", "_CON.png")]
    [InlineData("nul.tar", ".png", "_nul.tar.png")]
    [InlineData("a<b>c:d\"e/f\\g|h?i*j", ".jpg", "a_b_c_d_e_f_g_h_i_j.jpg")]
    [InlineData("tabs\tand\u0001controls", ".gif", "tabs_and_controls.gif")]
    [InlineData("trailing dots. . .", "", "trailing dots")]
    [InlineData("..", "", "AbC1234")]
    // A leading dot hides a file on macOS and Linux: a title such as "...and then" would be saved out of sight.
    [InlineData("...and then", ".png", "and then.png")]
    [InlineData("..", ".png", "AbC1234.png")]
    [InlineData(" . .htaccess", "", "htaccess")]
    public void MakesNamesSafeOnEverySystem(string title, string extension, string expected) =>
        Assert.Equal(expected, FileNames.Format("{title}{ext}", new NameFields { Id = "AbC1234", Title = title, Extension = extension }));

    [Fact]
    public void CutsALongNameToFitAndKeepsItsExtension()
    {
        var name = FileNames.Format("{title}{ext}", new NameFields { Id = "AbC1234", Title = string.Concat(Enumerable.Repeat("\U0001F600é", 100)), Extension = ".png" });

        Assert.True(Encoding.UTF8.GetByteCount(name) <= 200);
        Assert.EndsWith(".png", name);
        Assert.False(char.IsHighSurrogate(name[name.Length - ".png".Length - 1]), "no half of a surrogate pair is left");
    }

    [Fact]
    public void FillsEveryField()
    {
        var fields = new NameFields
        {
            Id = "AbC1234", Title = "Cat", Album = "Trip", Index = 7, IndexWidth = 3, Account = "alice", Extension = ".png",
            Datetime = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)),
        };

        Assert.Equal("Trip-007-2025-03-04_03-06-07-alice-Cat-AbC1234.png", FileNames.Format("{album}-{index}-{datetime}-{account}-{title}-{id}{ext}", fields));
        Assert.Equal(new[] { "name" }, FileNames.UnknownFields("{name}{id}"));
        Assert.Equal("AbC1234.png", FileNames.Format("{title}{ext}", new NameFields { Id = "AbC1234", Extension = ".png" }));
    }

    [Theory]
    [InlineData(ImgurMediaVariant.Original, "https://i.imgur.com/AbC1234.gif")]
    [InlineData(ImgurMediaVariant.Mp4, "https://i.imgur.com/AbC1234.mp4")]
    [InlineData(ImgurMediaVariant.Gif, "https://i.imgur.com/AbC1234.gif")]
    [InlineData(ImgurMediaVariant.ThumbnailSmallSquare, "https://i.imgur.com/AbC1234s.jpg")]
    [InlineData(ImgurMediaVariant.ThumbnailBigSquare, "https://i.imgur.com/AbC1234b.jpg")]
    [InlineData(ImgurMediaVariant.ThumbnailSmall, "https://i.imgur.com/AbC1234t.jpg")]
    [InlineData(ImgurMediaVariant.ThumbnailMedium, "https://i.imgur.com/AbC1234m.jpg")]
    [InlineData(ImgurMediaVariant.ThumbnailLarge, "https://i.imgur.com/AbC1234l.jpg")]
    [InlineData(ImgurMediaVariant.ThumbnailHuge, "https://i.imgur.com/AbC1234h.jpg")]
    public void BuildsEachVariantsLinkThumbnailsAlwaysJpeg(ImgurMediaVariant variant, string expected) =>
        Assert.Equal(expected, MediaLinks.ForVariant(new Uri("https://i.imgur.com/AbC1234.gif"), "AbC1234", variant).AbsoluteUri);

    [Theory]
    [InlineData("https://i.imgur.com/AbC1234.png", ".png")]
    [InlineData("https://i.imgur.com/AbC1234.MP4", ".mp4")]
    [InlineData("https://i.imgur.com/AbC1234", ".jpg")]
    [InlineData("https://i.imgur.com/AbC1234.", ".jpg")]
    [InlineData("http://127.0.0.1:5000/AbC1234.exe", ".jpg")]
    [InlineData("http://127.0.0.1:5000/AbC1234.html", ".jpg")]
    [InlineData("http://127.0.0.1:5000/AbC1234.png.lnk", ".jpg")]
    public void NamesAFileOnlyWithAMediaExtension(string link, string expected) =>
        Assert.Equal(expected, MediaLinks.Extension(new Uri(link)));

    [Theory]
    [InlineData("https://i.imgur.com/AbC1234.png", true)]
    [InlineData("https://imgur.com/AbC1234.png", true)]
    [InlineData("http://i.imgur.com/AbC1234.png", false)]
    [InlineData("https://imgur.com.example.net/AbC1234.png", false)]
    [InlineData("https://notimgur.com/AbC1234.png", false)]
    [InlineData("http://127.0.0.1:5000/AbC1234.png", true)]
    [InlineData("http://127.0.0.1:5001/AbC1234.png", false)]
    [InlineData("https://127.0.0.1:5000/AbC1234.png", false)]
    // Imgur's links carry no user info; one that does would put a name and password in reports and errors.
    [InlineData("https://user:password@i.imgur.com/AbC1234.png", false)]
    [InlineData("http://user@127.0.0.1:5000/AbC1234.png", false)]
    public void AllowsImgurOverHttpsAndTheConnectionsOwnHost(string link, bool allowed) =>
        Assert.Equal(allowed, MediaLinks.IsAllowed(new Uri(link), new Uri("http://127.0.0.1:5000/")));

    private async Task<SavedMedia> SaveAsync(Uri server, string name, Uri? baseAddress = null, long? expectedSize = null, TimeSpan? timeout = null,
        IProgress<long>? progress = null, CancellationToken cancellation = default, long maxBytes = MediaDownloader.DefaultMaxBytes)
    {
        var link = server.AbsolutePath == "/" ? new Uri(server, name) : server;
        var request = new MediaRequest(link, _folder.Path, name)
        {
            ApiBase = baseAddress ?? server,
            ExpectedSize = expectedSize,
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
        };
        var saving = new MediaDownloader(_pipeline.CreateMediaClient(), maxBytes).SaveAsync(request, new NameClaims(), progress, cancellation);
        if (await Task.WhenAny(saving, Task.Delay(Bound)) != saving) throw new TimeoutException("the download did not finish in time");
        return await saving;
    }

    /// <summary>A host that announces <paramref name="length"/> bytes, sends 1000, then nothing.</summary>
    private static LoopbackServer Stalling(long length) => new(async (_, stream, stop) =>
    {
        await WriteAsync(stream, Head(200, "OK", length), Bytes(1000));
        await Task.Delay(Timeout.Infinite, stop);
    });

    private static byte[] Bytes(int count) => Enumerable.Range(0, count).Select(i => (byte)(i * 7)).ToArray();

    private static string Head(int status, string reason, long length) =>
        $"HTTP/1.1 {status} {reason}\r\nContent-Type: image/png\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n";

    private static string Redirect(Uri location) => $"HTTP/1.1 302 Found\r\nLocation: {location.AbsoluteUri}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

    private static async Task WriteAsync(Stream stream, string head, byte[] body)
    {
        await LoopbackServer.WriteAsync(stream, head);
        await stream.WriteAsync(body, 0, body.Length);
        await stream.FlushAsync();
    }

    private sealed class FixedAnswer : HttpMessageHandler
    {
        private readonly HttpContent _content;

        public FixedAnswer(HttpContent content) => _content = content;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = _content, RequestMessage = request });
    }

    /// <summary>Calls back on the first bytes written, synchronously (Progress&lt;T&gt; would post to the pool).</summary>
    private sealed class Progress : IProgress<long>
    {
        private readonly Action _first;
        private int _heard;

        public Progress(Action first) => _first = first;

        public bool Heard => Volatile.Read(ref _heard) == 1;

        public void Report(long value)
        {
            if (Interlocked.Exchange(ref _heard, 1) == 0) _first();
        }
    }
}
