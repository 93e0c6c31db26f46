using ImgurPS.Models;

namespace ImgurPS.Client;

/// <summary>What a request gave: the typed data and the rate limits of its response.</summary>
internal sealed class ImgurResult<T>
{
    public ImgurResult(T data, ImgurRateLimit? rateLimit)
    {
        Data = data;
        RateLimit = rateLimit;
    }

    public T Data { get; }

    public ImgurRateLimit? RateLimit { get; }
}
