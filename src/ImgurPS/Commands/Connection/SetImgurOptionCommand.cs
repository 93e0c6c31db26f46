using System;
using System.IO;
using System.Management.Automation;
using ImgurPS.Client.Persistence;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>
/// Set-ImgurOption: changes how long ImgurPS waits for answers, how it retries failed requests, uses ETags and guards
/// credits, for every session of this import (-Scope Process) or also for later sessions of the user (-Scope CurrentUser).
/// </summary>
[Cmdlet(VerbsCommon.Set, "ImgurOption", DefaultParameterSetName = SetSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpPages.Root + "Set-ImgurOption.md")]
[OutputType(typeof(ImgurOption))]
public sealed class SetImgurOptionCommand : PSCmdlet
{
    private const string SetSet = "Set";
    private const string ResetSet = "Reset";

    /// <summary>How many times a failed request is sent again, 0 to 10; 0 turns retrying off. The default is 3.</summary>
    [Parameter(ParameterSetName = SetSet)]
    [ValidateRange(OptionLimits.MinRetry, OptionLimits.MaxRetry)]
    public int? MaxRetry { get; set; }

    /// <summary>The first wait before a retry, in seconds; each further retry doubles it, with jitter. The default is 1. -RetryDelay, the name of the option's property, is the same.</summary>
    [Parameter(ParameterSetName = SetSet)]
    [Alias("RetryDelay")]
    [ValidateRange(OptionLimits.MinRetryDelaySec, OptionLimits.MaxRetryDelaySec)]
    public double? RetryDelaySec { get; set; }

    /// <summary>The longest wait accepted before a retry, in seconds, from Retry-After, a rate-limit reset or backoff; a longer one makes the request fail. The default is 60.</summary>
    [Parameter(ParameterSetName = SetSet)]
    [ValidateRange(OptionLimits.MinRetryWaitSec, OptionLimits.MaxRetryWaitSec)]
    public int? MaxRetryWaitSec { get; set; }

    /// <summary>
    /// How long one attempt waits for Imgur's answer, in seconds (1 to 3600). The attempts of a request wait twice
    /// that in all; an upload first gets this plus a second per 64 KB of its body to send it. The default is 30.
    /// </summary>
    [Parameter(ParameterSetName = SetSet)]
    [ValidateRange(OptionLimits.MinTimeoutSec, OptionLimits.MaxTimeoutSec)]
    public int? TimeoutSec { get; set; }

    /// <summary>The percentage (0 to 50) of the application's daily credits never spent, so the app is not blocked for the month; 0 turns the reserve off. The default is 10.</summary>
    [Parameter(ParameterSetName = SetSet)]
    [ValidateRange(OptionLimits.MinReservePercent, OptionLimits.MaxReservePercent)]
    public int? CreditReservePercent { get; set; }

    /// <summary>Below this percentage (0 to 100) of the application's daily credits, a session warns once. The default is 20.</summary>
    [Parameter(ParameterSetName = SetSet)]
    [ValidateRange(OptionLimits.MinWarningPercent, OptionLimits.MaxWarningPercent)]
    public int? LowCreditWarningPercent { get; set; }

    /// <summary>Whether GETs send If-None-Match and reuse the remembered answer on 304 Not Modified (default $true).</summary>
    [Parameter(ParameterSetName = SetSet)]
    public bool? UseETag { get; set; }

    /// <summary>Process (default): this process only. CurrentUser: also saved to the user's settings file, which later sessions read.</summary>
    [Parameter]
    public ImgurOptionScope Scope { get; set; } = ImgurOptionScope.Process;

    /// <summary>Undoes the changes of the scope: Process, what this process set; CurrentUser, the settings file (deleted).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ResetSet)]
    public SwitchParameter Reset { get; set; }

    /// <summary>Writes the options as they are now.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var options = ImgurModule.Options;
        if (options.TakeWarning() is { } warning) WriteWarning(warning);

        var saving = Scope == ImgurOptionScope.CurrentUser;
        var target = saving ? options.SettingsFile : "ImgurPS options of this process";
        var action = (Reset.IsPresent, saving) switch
        {
            (true, true) => "Delete the saved options",
            (true, false) => "Undo the changes made in this process",
            (false, true) => "Save options",
            _ => "Change",
        };
        if (!ShouldProcess(target, action)) return;

        try
        {
            if (Reset && saving) options.ResetCurrentUser();
            else if (Reset) options.ResetProcess();
            else if (saving) options.SaveForCurrentUser(Changes());
            else options.SetForProcess(Changes());
        }
        catch (InvalidDataException error)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidDataException($"{error.Message}, so ImgurPS did not save the options over it. Fix the file, or delete it with Set-ImgurOption -Scope CurrentUser -Reset, then save again.", error),
                "ImgurSettingsUnreadable", ErrorCategory.InvalidData, options.SettingsFile));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(new ErrorRecord(
                new IOException($"The ImgurPS settings file '{options.SettingsFile}' could not be {(Reset ? "deleted" : "written")} ({error.Message}); nothing changed. Fix the cause (the folder's permissions, or whatever is in the way at that path) and try again.", error),
                "ImgurSettingsNotSaved", ErrorCategory.WriteError, options.SettingsFile));
        }

        if (PassThru) WriteObject(options.Snapshot());
    }

    private SavedOptions Changes() => new()
    {
        MaxRetry = MaxRetry,
        RetryDelaySec = RetryDelaySec,
        MaxRetryWaitSec = MaxRetryWaitSec,
        TimeoutSec = TimeoutSec,
        CreditReservePercent = CreditReservePercent,
        LowCreditWarningPercent = LowCreditWarningPercent,
        UseETag = UseETag,
    };
}
