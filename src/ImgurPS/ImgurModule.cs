using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;
using ImgurPS.Client;
using ImgurPS.Client.Persistence;

namespace ImgurPS;

/// <summary>
/// Process-wide state, shared by every runspace that imports ImgurPS: the default session and the one HTTP pipeline,
/// created on first use so that importing the module stays cheap. Each runspace's import counts as a user; the
/// pipeline is disposed and the default forgotten only when the last user removes the module or closes its runspace,
/// so Remove-Module in one runspace leaves the others working.
/// </summary>
public sealed class ImgurModule : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly object Gate = new();
    private static IImgurHttpHost? _pipeline;
    private static ImgurSession? _session;
    private static ModuleOptions? _options;

    // Imports per runspace: a runspace that closes without removing the module lets go of its imports too.
    private static readonly Dictionary<Runspace, int> Users = new();

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

    /// <summary>The default session: commands without -Connection use it, in every runspace of the process.</summary>
    internal static ImgurSession? DefaultSession
    {
        get => Volatile.Read(ref _session);
        set => Volatile.Write(ref _session, value);
    }

    /// <summary>Clears the default if it is still <paramref name="session"/>: another runspace may have connected anew meanwhile.</summary>
    internal static void ForgetDefault(ImgurSession session) => Interlocked.CompareExchange(ref _session, null, session);

    /// <summary>A client on the module's pipeline; the pipeline is built on the first call.</summary>
    internal static ImgurApiClient CreateClient(Func<string> userAgent)
    {
        lock (Gate)
        {
            _pipeline ??= DependencyLoader.CreateHttpHost(userAgent());
            return _pipeline.CreateClient();
        }
    }

    /// <summary>A downloader on the module's media client, which carries no credential; the pipeline is built on the first call.</summary>
    internal static Client.Download.MediaDownloader CreateDownloader(Func<string> userAgent)
    {
        lock (Gate)
        {
            _pipeline ??= DependencyLoader.CreateHttpHost(userAgent());
            return new Client.Download.MediaDownloader(_pipeline.CreateMediaClient());
        }
    }

    /// <summary>
    /// Called by PowerShell when a runspace imports the module: dependencies resolve from dependencies/ from the first
    /// import on.
    /// </summary>
    public void OnImport()
    {
        var runspace = Runspace.DefaultRunspace;
        lock (Gate)
        {
            if (Users.Count == 0) DependencyLoader.Register();
            if (Users.TryGetValue(runspace, out var imports))
            {
                Users[runspace] = imports + 1;
                return;
            }

            Users[runspace] = 1;
            runspace.StateChanged += LetGoWhenClosed;
        }
    }

    /// <summary>Called by PowerShell when a runspace removes the module.</summary>
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        var runspace = Runspace.DefaultRunspace;
        lock (Gate)
        {
            if (!Users.TryGetValue(runspace, out var imports)) return;
            if (imports > 1) Users[runspace] = imports - 1;
            else LetGo(runspace);
        }
    }

    private static void LetGoWhenClosed(object? sender, RunspaceStateEventArgs change)
    {
        if (sender is not Runspace runspace || change.RunspaceStateInfo.State is not (RunspaceState.Closed or RunspaceState.Broken)) return;
        lock (Gate)
        {
            if (Users.ContainsKey(runspace)) LetGo(runspace);
        }
    }

    // Called under Gate. The last user to go takes the shared state with it.
    private static void LetGo(Runspace runspace)
    {
        runspace.StateChanged -= LetGoWhenClosed;
        Users.Remove(runspace);
        if (Users.Count > 0) return;

        _pipeline?.Dispose();
        _pipeline = null;
        DefaultSession = null;
        DependencyLoader.Unregister();
    }
}
