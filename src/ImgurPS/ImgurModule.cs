using System;
using System.Management.Automation;
using System.Threading;
using ImgurPS.Client;
using ImgurPS.Client.Persistence;

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
    private static ModuleOptions? _options;

    internal static string Version { get; } = typeof(ImgurModule).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>
    /// The options of every session of this import (Set-ImgurOption). Built on first use, which reads the user's
    /// settings file, so that importing the module touches no file.
    /// </summary>
    internal static ModuleOptions Options
    {
        get
        {
            lock (Gate) return _options ??= ModuleOptions.Load(SettingsStore.ForCurrentUser());
        }
    }

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
