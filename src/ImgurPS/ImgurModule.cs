using System;
using System.Management.Automation;
using System.Threading;
using ImgurPS.Client;

namespace ImgurPS;

/// <summary>
/// Module-wide state: the current session and the one HTTP pipeline of this import, created on first use so
/// that importing the module stays cheap, and disposed when the module is removed.
/// </summary>
public sealed class ImgurModule : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly object Gate = new();
    private static IImgurHttpHost? _pipeline;
    private static ImgurSession? _session;

    internal static string Version { get; } = typeof(ImgurModule).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>When failed requests are sent again; Set-ImgurOption changes it for every session of this import.</summary>
    internal static ImgurRetryPolicy RetryPolicy { get; } = new();

    /// <summary>What requests may spend of the rate limits; Set-ImgurOption changes it for every session of this import.</summary>
    internal static ImgurCreditGuard CreditGuard { get; } = new();

    /// <summary>How long an attempt waits for Imgur's answer, unless the session has its own (Connect-Imgur -TimeoutSec).</summary>
    internal static TimeSpan Timeout { get; set; } = AnswerTimer.DefaultTimeout;

    /// <summary>Whether GETs send If-None-Match with the ETag of the answer remembered for the same URL.</summary>
    internal static bool UseETags { get; set; } = true;

    internal static ImgurSession? Session
    {
        get => Volatile.Read(ref _session);
        set => Volatile.Write(ref _session, value);
    }

    /// <summary>A client on the module's pipeline; the pipeline is built on the first call.</summary>
    internal static ImgurApiClient CreateClient(Func<string> userAgent)
    {
        lock (Gate)
        {
            _pipeline ??= DependencyLoader.CreateHttpHost(userAgent());
            return _pipeline.CreateClient();
        }
    }

    /// <summary>Called by PowerShell when the module is imported: dependencies resolve from dependencies/ from now on.</summary>
    public void OnImport() => DependencyLoader.Register();

    /// <summary>Called by PowerShell when the module is removed.</summary>
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        lock (Gate)
        {
            _pipeline?.Dispose();
            _pipeline = null;
            Session = null;
        }
        DependencyLoader.Unregister();
    }
}
