namespace ImgurPS.Models;

/// <summary>What Test-ImgurConnection found out about the session's access token (OA-03).</summary>
public sealed class ImgurTokenStatus : ImgurObject
{
    /// <summary>True when Imgur accepted the access token.</summary>
    public bool IsValid { get; set; }

    /// <summary>The account the token belongs to, when Imgur said so.</summary>
    public string? AccountUsername { get; set; }

    /// <summary>The account id the token belongs to, when Imgur said so.</summary>
    public long? AccountId { get; set; }

    /// <summary>Why the token was refused, in Imgur's words; null when it is valid.</summary>
    public string? Message { get; set; }

    /// <inheritdoc />
    public override string ToString() => IsValid ? $"Valid token for {AccountUsername ?? "(unknown account)"}" : $"Invalid token: {Message}";
}
