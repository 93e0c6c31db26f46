using System;
using System.IO;
using System.Threading;
using ImgurPS.Client;
using ImgurPS.Client.Persistence;
using ImgurPS.Models;

namespace ImgurPS;

/// <summary>
/// The options every session of this import uses. Each value is the one Set-ImgurOption gave in this process, else
/// the one in the user's settings file, else the default. The file is read once, when a command first needs the
/// options (never at import); a file that cannot be used leaves the defaults and one warning for the next command.
/// </summary>
internal sealed class ModuleOptions
{
    private static readonly ImgurRetryPolicy DefaultRetry = new();
    private static readonly ImgurCreditGuard DefaultGuard = new();

    private readonly object _gate = new();
    private readonly SettingsStore _store;
    private SavedOptions _saved = new();
    private SavedOptions _process = new();
    private string? _warning;

    private ModuleOptions(SettingsStore store) => _store = store;

    public ImgurRetryPolicy RetryPolicy { get; } = new();

    public ImgurCreditGuard CreditGuard { get; } = new();

    /// <summary>How long an attempt waits for Imgur's answer, unless the session has its own (Connect-Imgur -TimeoutSec).</summary>
    public TimeSpan Timeout { get; private set; } = AnswerTimer.DefaultTimeout;

    /// <summary>Whether GETs send If-None-Match with the ETag of the answer remembered for the same URL.</summary>
    public bool UseETags { get; private set; } = true;

    public string SettingsFile => _store.FilePath;

    public static ModuleOptions Load(SettingsStore store)
    {
        var options = new ModuleOptions(store);
        try
        {
            options._saved = store.Load() ?? new SavedOptions();
            if (options._saved.DropOutOfRange() is { Count: > 0 } dropped)
            {
                options._warning = $"The ImgurPS settings file '{store.FilePath}' has values out of range, which ImgurPS ignores, using the defaults: {string.Join(", ", dropped)}. "
                    + "Fix them in the file, or save others with Set-ImgurOption -Scope CurrentUser.";
            }
        }
        catch (InvalidDataException error)
        {
            options._warning = $"{error.Message}, so ImgurPS uses its default options. Fix the file, or delete it with Set-ImgurOption -Scope CurrentUser -Reset and save the options again with Set-ImgurOption -Scope CurrentUser.";
        }
        options.Apply();
        return options;
    }

    /// <summary>The warning about the settings file, once: the first command to ask writes it.</summary>
    public string? TakeWarning() => Interlocked.Exchange(ref _warning, null);

    /// <summary>Changes this process's options; what <paramref name="changes"/> leaves out keeps its value.</summary>
    public void SetForProcess(SavedOptions changes)
    {
        lock (_gate)
        {
            _process.Merge(changes);
            Apply();
        }
    }

    /// <summary>
    /// Writes the changes into the settings file, merged with what it holds now (another process may have saved
    /// since this one read it), and applies them here too, over what this process set before. A file that cannot
    /// be read is left alone: <see cref="InvalidDataException"/>; one that cannot be written throws IOException.
    /// </summary>
    public void SaveForCurrentUser(SavedOptions changes)
    {
        lock (_gate)
        {
            var file = _store.Load() ?? new SavedOptions();
            file.Merge(changes);
            _store.Save(file);
            file.DropOutOfRange();
            _saved = file;
            _process.Forget(changes);
            Apply();
        }
    }

    /// <summary>Forgets what this process set: each option is the saved value or the default again.</summary>
    public void ResetProcess()
    {
        lock (_gate)
        {
            _process = new SavedOptions();
            Apply();
        }
    }

    /// <summary>Deletes the settings file; the options it set are the defaults again, unless this process set them.</summary>
    public void ResetCurrentUser()
    {
        lock (_gate)
        {
            _store.Delete();
            _saved = new SavedOptions();
            Apply();
        }
    }

    /// <summary>The options as the object the option cmdlets write.</summary>
    public ImgurOption Snapshot()
    {
        lock (_gate)
        {
            var option = new ImgurOption
            {
                MaxRetry = RetryPolicy.MaxRetries,
                RetryDelay = RetryPolicy.BaseDelay,
                MaxRetryWait = RetryPolicy.MaxWait,
                Timeout = Timeout,
                UseETag = UseETags,
                CreditReservePercent = (int)Math.Round(CreditGuard.ReserveShare * 100),
                LowCreditWarningPercent = (int)Math.Round(CreditGuard.WarningShare * 100),
                SettingsFile = _store.FilePath,
            };
            var source = option.Source;
            source.MaxRetry = SourceOf(_process.MaxRetry, _saved.MaxRetry);
            source.RetryDelay = SourceOf(_process.RetryDelaySec, _saved.RetryDelaySec);
            source.MaxRetryWait = SourceOf(_process.MaxRetryWaitSec, _saved.MaxRetryWaitSec);
            source.Timeout = SourceOf(_process.TimeoutSec, _saved.TimeoutSec);
            source.CreditReservePercent = SourceOf(_process.CreditReservePercent, _saved.CreditReservePercent);
            source.LowCreditWarningPercent = SourceOf(_process.LowCreditWarningPercent, _saved.LowCreditWarningPercent);
            source.UseETag = SourceOf(_process.UseETag, _saved.UseETag);
            return option;
        }
    }

    private void Apply()
    {
        RetryPolicy.MaxRetries = _process.MaxRetry ?? _saved.MaxRetry ?? DefaultRetry.MaxRetries;
        RetryPolicy.BaseDelay = Seconds(_process.RetryDelaySec ?? _saved.RetryDelaySec) ?? DefaultRetry.BaseDelay;
        RetryPolicy.MaxWait = Seconds(_process.MaxRetryWaitSec ?? _saved.MaxRetryWaitSec) ?? DefaultRetry.MaxWait;
        Timeout = Seconds(_process.TimeoutSec ?? _saved.TimeoutSec) ?? AnswerTimer.DefaultTimeout;
        UseETags = _process.UseETag ?? _saved.UseETag ?? true;
        CreditGuard.ReserveShare = (_process.CreditReservePercent ?? _saved.CreditReservePercent) / 100.0 ?? DefaultGuard.ReserveShare;
        CreditGuard.WarningShare = (_process.LowCreditWarningPercent ?? _saved.LowCreditWarningPercent) / 100.0 ?? DefaultGuard.WarningShare;
    }

    private static TimeSpan? Seconds(double? seconds) => seconds is { } given ? TimeSpan.FromSeconds(given) : null;

    private static ImgurOptionSource SourceOf<T>(T? process, T? saved)
        where T : struct =>
        process.HasValue ? ImgurOptionSource.Process : saved.HasValue ? ImgurOptionSource.CurrentUser : ImgurOptionSource.Default;
}
