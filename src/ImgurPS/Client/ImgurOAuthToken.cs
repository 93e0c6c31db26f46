namespace ImgurPS.Client;

/// <summary>The bare (unwrapped) answer of /oauth2/token (spec 1.14).</summary>
internal sealed class ImgurOAuthToken
{
    public string? AccessToken { get; set; }

    public long? ExpiresIn { get; set; }

    public string? TokenType { get; set; }

    public string? RefreshToken { get; set; }

    public long? AccountId { get; set; }

    public string? AccountUsername { get; set; }
}
