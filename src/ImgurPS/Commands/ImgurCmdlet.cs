using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Client;

namespace ImgurPS.Commands;

/// <summary>
/// What every ImgurPS cmdlet shares: a client on the module's pipeline, Ctrl+C reaching every request,
/// Verbose lines for finished requests, and client errors turned into ErrorRecords.
/// </summary>
public abstract class ImgurCmdlet : PSCmdlet, IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ImgurRequestTrace> _traces = new();
    private readonly ConcurrentQueue<string> _notes = new();
    private readonly ConcurrentQueue<string> _warnings = new();
    private ImgurApiClient? _client;
    private Client.Download.MediaDownloader? _downloader;

    private protected ImgurApiClient Client => _client ??= ImgurModule.CreateClient(UserAgent);

    /// <summary>Downloads media files without any credential (Save-ImgurImage, Save-ImgurAlbum).</summary>
    private protected Client.Download.MediaDownloader Downloader => _downloader ??= ImgurModule.CreateDownloader(UserAgent);

    /// <summary>Cancelled by Ctrl+C (StopProcessing).</summary>
    private protected CancellationToken StopToken => _stop.Token;

    private protected ImgurCall CreateCall(ImgurSession session, ImgurFormat format)
    {
        var options = ImgurModule.Options;
        if (options.TakeWarning() is { } warning) _warnings.Enqueue(warning);
        return new(session, format, StopToken, _traces.Enqueue, _notes.Enqueue)
        {
            Retry = options.RetryPolicy,
            CreditGuard = options.CreditGuard,
            UseETags = options.UseETags,
            Timeout = session.Timeout ?? options.Timeout,
            Warning = _warnings.Enqueue,
            TraceHeaders = DebugWanted(),
        };
    }

    /// <summary>Whether Write-Debug output of this command would show: -Debug, or $DebugPreference other than silent.</summary>
    private bool DebugWanted()
    {
        if (MyInvocation.BoundParameters.TryGetValue("Debug", out var debug)) return debug is SwitchParameter { IsPresent: true } or true;
        return SessionState.PSVariable.GetValue("DebugPreference") is not (ActionPreference.SilentlyContinue or ActionPreference.Ignore);
    }

    /// <summary>
    /// Waits on the pipeline thread for a client task, writing Verbose lines as requests finish and calling
    /// <paramref name="whileWaiting"/> between polls (progress bars). Ctrl+C surfaces as a stopped pipeline.
    /// </summary>
    private protected T Await<T>(Task<T> task, Action? whileWaiting = null)
    {
        Await((Task)task, whileWaiting);
        return task.Result;
    }

    /// <summary>Waits for a client task that returns nothing, such as an acknowledged change; see <see cref="Await{T}"/>.</summary>
    private protected void Await(Task task, Action? whileWaiting = null)
    {
        try
        {
            // The wait handle blocks at once; Task.Wait spins first, taking the processor from the work it waits for.
            while (!task.IsCompleted && !((IAsyncResult)task).AsyncWaitHandle.WaitOne(PollInterval))
            {
                FlushTraces();
                whileWaiting?.Invoke();
            }
            task.Wait(); // done by now: this only rethrows a failure
        }
        catch (AggregateException error) when (error.InnerException is not null)
        {
            if (error.InnerException is OperationCanceledException && _stop.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            ExceptionDispatchInfo.Capture(error.InnerException).Throw();
            throw;
        }
        finally
        {
            FlushTraces();
        }
    }

    /// <summary>Runs one client operation; a failure becomes a non-terminating error about <paramref name="target"/>.</summary>
    private protected bool TryAwait<T>(Task<T> task, object? target, out T result, Action? whileWaiting = null)
    {
        var done = TryAwait((Task)task, target, whileWaiting);
        result = done ? task.Result : default!;
        return done;
    }

    /// <summary>
    /// Runs one client operation that returns nothing (a change Imgur acknowledges); a failure, a refusal
    /// included, becomes a non-terminating error about <paramref name="target"/>. True when it succeeded.
    /// </summary>
    private protected bool TryAwait(Task task, object? target, Action? whileWaiting = null)
    {
        try
        {
            Await(task, whileWaiting);
            return true;
        }
        catch (Exception error) when (error is not PipelineStoppedException)
        {
            WriteError(ImgurErrors.ToErrorRecord(error, target));
            return false;
        }
    }

    /// <summary>Runs one client operation and writes what it returns; a failure becomes a non-terminating error about <paramref name="target"/>.</summary>
    private protected void WriteResult<T>(Task<T> task, object? target, bool enumerateCollection = false)
    {
        if (TryAwait(task, target, out var result)) WriteObject(result, enumerateCollection);
    }

    /// <inheritdoc />
    protected override void StopProcessing() => _stop.Cancel();

    /// <summary>Releases what a cmdlet held for its whole run (a file lock), however the run ended.</summary>
    private protected virtual void Release()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Release();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    private void FlushTraces()
    {
        while (_traces.TryDequeue(out var trace))
        {
            WriteVerbose(trace.ToString());
            if (trace.Details.Length > 0) WriteDebug(trace.Details);
        }

        while (_notes.TryDequeue(out var note)) WriteVerbose(note);
        while (_warnings.TryDequeue(out var warning)) WriteWarning(warning);
    }

    private string UserAgent()
    {
        var version = (SessionState.PSVariable.GetValue("PSVersionTable") as System.Collections.IDictionary)?["PSVersion"];
        return $"ImgurPS/{ImgurModule.Version} PowerShell/{version ?? "unknown"}";
    }
}
