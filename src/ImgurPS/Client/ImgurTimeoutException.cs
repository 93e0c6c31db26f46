using System;

namespace ImgurPS.Client;

/// <summary>
/// A request waited longer for Imgur than Set-ImgurOption -TimeoutSec (or Connect-Imgur -TimeoutSec) allows. It is a
/// <see cref="TimeoutException"/>, so scripts catching those catch it; Ctrl+C is never reported as one.
/// </summary>
public sealed class ImgurTimeoutException : TimeoutException
{
    internal ImgurTimeoutException(string message, bool whileSending)
        : base(Redaction.Redact(message))
    {
        WhileSending = whileSending;
    }

    /// <summary>
    /// True when an upload ran out of time while still sending its body: Imgur cannot have stored it. False when
    /// the request was sent and its answer did not come, so a change or an upload may have been made.
    /// </summary>
    public bool WhileSending { get; }
}
