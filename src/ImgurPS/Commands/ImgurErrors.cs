using System;
using System.IO;
using System.Management.Automation;
using System.Net.Http;
using ImgurPS.Client;

namespace ImgurPS.Commands;

/// <summary>Turns client failures into ErrorRecords with stable ids and the categories users filter on.</summary>
internal static class ImgurErrors
{
    public static ErrorRecord ToErrorRecord(Exception error, object? target)
    {
        var (id, category) = Classify(error);
        // A refused path segment is about one value the user gave, which may be one of several the cmdlet sent.
        if (error is ImgurPathException refused) target = refused.Value;
        var record = new ErrorRecord(error, id, category, target)
        {
            ErrorDetails = new ErrorDetails(Redaction.Redact(error.Message)),
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
        ImgurRefreshRefusedException => ("ImgurRefreshTokenRefused", ErrorCategory.AuthenticationError),
        ImgurCreditException => ("ImgurCreditsKept", ErrorCategory.LimitsExceeded),
        ImgurAnswerTooLargeException => ("ImgurAnswerTooLarge", ErrorCategory.InvalidResult),
        TimeoutException => ("ImgurTimeout", ErrorCategory.OperationTimeout),
        HttpRequestException => ("ImgurConnectionFailed", ErrorCategory.ConnectionError),
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
        ImgurApiException { StatusCode: 401 or 403 } => "Check the client id, or sign in again with Connect-Imgur.",
        ImgurApiException { IsRedirect: true } or ImgurAnswerTooLargeException => "Check the -BaseUri given to Connect-Imgur: it should be Imgur's API host itself.",
        TimeoutException => "Allow more time with Set-ImgurOption -TimeoutSec or Connect-Imgur -TimeoutSec, or check the network.",
        HttpRequestException => "Check the network and the -BaseUri given to Connect-Imgur.",
        _ => null,
    };
}
