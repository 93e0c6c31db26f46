using System;

namespace ImgurPS.Client;

/// <summary>
/// A value refused before sending because it would change which route the request reaches: a name, tag or id
/// that reads as a dot segment ('.', '..', also when percent-encoded) or is empty, or an Invoke-ImgurRestMethod
/// path that leaves the API root /3/. It is an <see cref="ArgumentException"/>, so scripts catching those catch it.
/// </summary>
public sealed class ImgurPathException : ArgumentException
{
    internal ImgurPathException(string value, string message)
        : base(message)
    {
        Value = value;
    }

    /// <summary>The value as it was given: the name, tag or id, or the whole path of Invoke-ImgurRestMethod.</summary>
    public string Value { get; }
}
