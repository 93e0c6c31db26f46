using System;
using System.IO;
using System.Management.Automation;
using System.Net.Http;
using ImgurPS.Client;
using ImgurPS.Client.Download;
using ImgurPS.Client.Upload;

namespace ImgurPS.Commands;

/// <summary>Turns client failures into ErrorRecords with stable ids and the categories users filter on.</summary>
internal static class ImgurErrors
{
    /// <param name="error">The failure.</param>
    /// <param name="target">The input it is about.</param>
    /// <param name="action">
    /// What was done with the input (e.g. "Uploading '/pics/a.png'"): the message then starts with it, unless it names
    /// the input already. In a batch, a message read on its own must say which input failed, not only its TargetObject.
    /// </param>
    /// <param name="inputName">The words that name the input in a message (a file's name); by default <paramref name="target"/>.</param>
    public static ErrorRecord ToErrorRecord(Exception error, object? target, string? action = null, string? inputName = null)
    {
        var (id, category) = Classify(error);
        // A refused path segment is about one value the user gave, which may be one of several the cmdlet sent.
        if (error is ImgurPathException refused) target = refused.Value;
        var record = new ErrorRecord(error, id, category, target)
        {
            ErrorDetails = new ErrorDetails(Redaction.Redact(action is null || Says(error.Message, inputName ?? target?.ToString() ?? action) ? error.Message : $"{action} failed: {error.Message}")),
        };
        if (Advice(error) is { } advice) record.ErrorDetails.RecommendedAction = advice;
        return record;
    }

    private static (string Id, ErrorCategory Category) Classify(Exception error) => error switch
    {
        ImgurApiException api => api.StatusCode switch
        {
            400 or 417 => ("ImgurBadRequest", ErrorCategory.InvalidArgument),
            >= 300 and < 400 and not 304 => ("ImgurRedirectNotFollowed", ErrorCategory.InvalidResult),
            401 => ("ImgurAuthenticationRequired", ErrorCategory.PermissionDenied),
            403 => ("ImgurForbidden", ErrorCategory.PermissionDenied),
            404 => ("ImgurNotFound", ErrorCategory.ObjectNotFound),
            409 => ("ImgurConflict", ErrorCategory.ResourceExists),
            429 => ("ImgurRateLimited", ErrorCategory.LimitsExceeded),
            >= 500 => ("ImgurServerError", ErrorCategory.ResourceUnavailable),
            _ => ("ImgurApiError", ErrorCategory.InvalidResult),
        },
        ImgurDownloadException download => download.Problem switch
        {
            ImgurDownloadProblem.HostRefused => ("ImgurMediaHostRefused", ErrorCategory.SecurityError),
            ImgurDownloadProblem.Removed => ("ImgurMediaRemoved", ErrorCategory.ObjectNotFound),
            ImgurDownloadProblem.TooManyRedirects => ("ImgurMediaRedirectLoop", ErrorCategory.InvalidResult),
            ImgurDownloadProblem.NoSuchVariant => ("ImgurMediaVariantMissing", ErrorCategory.ObjectNotFound),
            ImgurDownloadProblem.IdInvalid => ("ImgurMediaIdInvalid", ErrorCategory.InvalidData),
            ImgurDownloadProblem.TooLarge => ("ImgurMediaTooLarge", ErrorCategory.InvalidData),
            ImgurDownloadProblem.NotMedia => ("ImgurMediaNotMedia", ErrorCategory.InvalidData),
            ImgurDownloadProblem.WriteFailed => ("ImgurMediaWriteFailed", ErrorCategory.WriteError),
            ImgurDownloadProblem.Incomplete => ("ImgurMediaIncomplete", ErrorCategory.ReadError),
            _ => ("ImgurMediaHttpError", download.StatusCode >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.InvalidResult),
        },
        ImgurRefreshRefusedException => ("ImgurRefreshTokenRefused", ErrorCategory.AuthenticationError),
        ImgurCreditException => ("ImgurCreditsKept", ErrorCategory.LimitsExceeded),
        ImgurAnswerTooLargeException => ("ImgurAnswerTooLarge", ErrorCategory.InvalidResult),
        TimeoutException => ("ImgurTimeout", ErrorCategory.OperationTimeout),
        HttpRequestException => ("ImgurConnectionFailed", ErrorCategory.ConnectionError),
        ImgurMediaException media => media.Problem switch
        {
            ImgurMediaProblem.Empty => ("ImgurFileEmpty", ErrorCategory.InvalidData),
            ImgurMediaProblem.TooLarge => ("ImgurFileTooLarge", ErrorCategory.InvalidData),
            _ => ("ImgurFileNotMedia", ErrorCategory.InvalidData),
        },
        FileNotFoundException => ("FileNotFound", ErrorCategory.ObjectNotFound),
        UnauthorizedAccessException => ("FileAccessDenied", ErrorCategory.PermissionDenied),
        InvalidDataException => ("InvalidData", ErrorCategory.InvalidData),
        IOException => ("FileReadFailed", ErrorCategory.ReadError),
        ImgurPathException => ("ImgurPathRefused", ErrorCategory.InvalidArgument),
        ArgumentException => ("InvalidArgument", ErrorCategory.InvalidArgument),
        _ => ("ImgurFailed", ErrorCategory.NotSpecified),
    };

    private static string? Advice(Exception error) => error switch
    {
        ImgurApiException { StatusCode: 429 } api => api.RateLimit?.UserRemaining == 0 && api.RateLimit.UserReset is { } reset
            ? $"Imgur's rate limit is spent. Credits return at {reset.ToLocalTime():t}; see Get-ImgurCredit."
            : "Imgur's rate limit is spent. Wait for the credits to return (see Get-ImgurCredit) and try again.",
        ImgurApiException { StatusCode: 401 or 403 } api => PermissionAdvice(api),
        ImgurApiException { IsRedirect: true } or ImgurAnswerTooLargeException => "Check the -BaseUri given to Connect-Imgur: it should be Imgur's API host itself.",
        TimeoutException => "Allow more time with Set-ImgurOption -TimeoutSec or Connect-Imgur -TimeoutSec, or check the network.",
        HttpRequestException => "Check the network and the -BaseUri given to Connect-Imgur.",
        _ => null,
    };

    // Imgur gives one status for several refusals (spec Q22, Q31); only its message tells which advice fits.
    private static string PermissionAdvice(ImgurApiException api)
    {
        var said = api.ImgurMessage;
        if (Says(said, "deletehash")) return "An anonymous upload is changed through its deletehash, not its id: pass the DeleteHash that Send-ImgurImage or New-ImgurAlbum returned.";
        if (Says(said, "access token")) return "Your sign-in has ended or was revoked: sign in again with Connect-Imgur.";
        if (Says(said, "client_id") || Says(said, "auth header")) return "Imgur does not know this client id: check the -ClientId given to Connect-Imgur.";
        return api.StatusCode == 401
            ? "This needs a signed-in user: sign in with Connect-Imgur (-RefreshToken, or in the browser)."
            : "The item belongs to someone else, or is not shared with you: check the id, or sign in with Connect-Imgur as its owner.";
    }

    private static bool Says(string message, string words) => message.IndexOf(words, StringComparison.OrdinalIgnoreCase) >= 0;
}
