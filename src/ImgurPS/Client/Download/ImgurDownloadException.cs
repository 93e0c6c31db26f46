using System;

namespace ImgurPS.Client.Download;

/// <summary>Why a media download was refused or failed, for the ErrorId and category a user filters on.</summary>
public enum ImgurDownloadProblem
{
    /// <summary>The link or a redirect names a host outside Imgur's (and the connection's), or a scheme other than http(s); nothing was fetched there.</summary>
    HostRefused,

    /// <summary>Imgur answered with its removed-image placeholder, or 404: the image is gone.</summary>
    Removed,

    /// <summary>More redirects than a media link ever takes, or a redirect back to an address already visited.</summary>
    TooManyRedirects,

    /// <summary>The media host answered with an error status.</summary>
    HttpError,

    /// <summary>The body ended before the length the host announced, or the connection broke.</summary>
    Incomplete,

    /// <summary>The file could not be written or moved into place (a full disk, a folder gone or locked); nothing was kept.</summary>
    WriteFailed,

    /// <summary>The host answered with a web page, not a media file; nothing was kept.</summary>
    NotMedia,

    /// <summary>The host announced or sent more bytes than any media file Imgur serves; nothing was kept.</summary>
    TooLarge,

    /// <summary>The item has no file of the asked variant (an MP4 of a still image).</summary>
    NoSuchVariant,

    /// <summary>The item's id is not Imgur's (letters and digits): no name, link or archive line is made of it.</summary>
    IdInvalid,
}

/// <summary>A media download that did not save a file; the partial file, if any, is already deleted.</summary>
public sealed class ImgurDownloadException : Exception
{
    internal ImgurDownloadException(ImgurDownloadProblem problem, string message, int? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        Problem = problem;
        StatusCode = statusCode;
    }

    /// <summary>What went wrong, which the ErrorId names.</summary>
    public ImgurDownloadProblem Problem { get; }

    /// <summary>The HTTP status of <see cref="ImgurDownloadProblem.HttpError"/>.</summary>
    public int? StatusCode { get; }
}
