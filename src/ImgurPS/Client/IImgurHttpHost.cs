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
}
