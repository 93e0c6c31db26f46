using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ImgurPS.Emulator.Imgur;

namespace ImgurPS.Emulator.Media;

/// <summary>
/// Fetches the media of a URL upload for real (<c>--fetch-upload-urls</c>), as Imgur does, so that a client can test
/// what an unreachable or non-image URL gives. Only addresses on this machine are fetched: the emulator never
/// reaches out to the network on a caller's behalf.
/// </summary>
public static class UrlFetcher
{
    static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>The fetched file, inspected as an uploaded one; or the 400 that refuses the URL.</summary>
    public static async Task<(InspectedFile? File, Reply? Refusal)> FetchAsync(string url, long maxBytes, bool hashContent, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || !IsOnThisMachine(uri))
        {
            return (null, Reply.Error(400, $"The emulator fetches only URLs on this machine (127.0.0.1, ::1, localhost), not '{url}'."));
        }

        try
        {
            using HttpResponseMessage response = await Http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellation);
            if (!response.IsSuccessStatusCode)
            {
                return (null, Reply.Error(400, $"Could not fetch '{url}': it answered {(int)response.StatusCode}."));
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return (null, Reply.ErrorObject(400, 1002, "File is over the size limit"));
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellation);
            return (await UploadInspector.InspectAsync(body, hashContent, cancellation), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
        {
            return (null, Reply.Error(400, $"Could not fetch '{url}': {e.Message}"));
        }
    }

    static bool IsOnThisMachine(Uri uri) =>
        uri.Scheme is "http" or "https"
        && (uri.IsLoopback || IPAddress.TryParse(uri.DnsSafeHost, out IPAddress? address) && IPAddress.IsLoopback(address));
}
