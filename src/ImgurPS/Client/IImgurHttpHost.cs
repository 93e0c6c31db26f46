using System;

namespace ImgurPS.Client;

/// <summary>
/// The HTTP pipeline as ImgurPS.dll sees it. It is built in ImgurPS.Http.dll, which alone uses
/// Microsoft.Extensions.Http and lives in ImgurPS's own load context; only this interface crosses over.
/// </summary>
internal interface IImgurHttpHost : IDisposable
{
    /// <summary>A client on the pipeline's pooled handlers.</summary>
    ImgurApiClient CreateClient();

    /// <summary>
    /// A client for media downloads: the same pooled connections' kind, but none of the API's handlers, so no
    /// credential, marketplace key or API trace ever reaches a media host; it follows no redirects.
    /// </summary>
    System.Net.Http.HttpClient CreateMediaClient();
}
