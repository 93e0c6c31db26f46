using System;

namespace ImgurPS.Client;

/// <summary>
/// Imgur refused to trade the session's refresh token for an access token (400, 401 or 403 from /oauth2/token,
/// such as "Invalid refresh token"): the token was revoked, rotated away or never valid for this client. The
/// session remembers the refusal, and every later request fails with this error at once, sending nothing, until
/// Connect-Imgur starts a new session. Failures that can pass (5xx, 429, no connection) are never a refusal.
/// </summary>
public sealed class ImgurRefreshRefusedException : Exception
{
    private ImgurRefreshRefusedException(int statusCode, string imgurMessage, string message, Exception? inner)
        : base(Redaction.Redact(message), inner)
    {
        StatusCode = statusCode;
        ImgurMessage = imgurMessage;
    }

    /// <summary>The status Imgur refused the refresh with.</summary>
    public int StatusCode { get; }

    /// <summary>Imgur's own message, such as "Invalid refresh token".</summary>
    public string ImgurMessage { get; }

    // Imgur answers a refresh token it does not accept with 400 (spec 1.14), a wrong client with 401 or 403.
    internal static bool IsRefusal(ImgurApiException error) => error.StatusCode is 400 or 401 or 403;

    /// <summary>The error of the refresh that Imgur refused.</summary>
    internal static ImgurRefreshRefusedException Refused(ImgurApiException error) => new(
        error.StatusCode,
        error.ImgurMessage,
        $"Imgur refused to refresh the access token with this session's refresh token ({error.StatusCode}: {error.ImgurMessage}); the token has been revoked or replaced. {Advice}",
        error);

    /// <summary>The error of a later request, which is not sent: the same refresh token would be refused again.</summary>
    internal ImgurRefreshRefusedException Again() => new(
        StatusCode,
        ImgurMessage,
        $"Imgur refused this session's refresh token earlier ({StatusCode}: {ImgurMessage}), so ImgurPS sent nothing. {Advice}",
        null);

    private const string Advice = "Sign in again with Connect-Imgur (-Interactive, or -RefreshToken with a new token).";
}
