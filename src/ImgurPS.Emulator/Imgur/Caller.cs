using System;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Imgur;

public enum AuthKind
{
    None,
    Client,
    Bearer,
    Invalid,
}

/// <summary>
/// Who is calling, read from the Authorization header (spec 1.2, 5.2). A caller that may not use
/// <c>/3/</c> routes carries the error Imgur answers with.
/// </summary>
public sealed record Caller(AuthKind Kind, Account? User = null, Reply? Rejection = null)
{
    public static Caller Identify(string header, TokenStore tokens, string clientId)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new Caller(AuthKind.None, Rejection: Reply.Error(401, "Authentication required"));
        }

        if (Credential(header, "Client-ID") is { } id)
        {
            return id == clientId ? new Caller(AuthKind.Client) : Invalid("Invalid client_id");
        }

        if (Credential(header, "Bearer") is { } token)
        {
            return tokens.LiveAccount(token) is { } user ? new Caller(AuthKind.Bearer, user) : Invalid("The access token provided is invalid.");
        }

        return Invalid("malformed auth header");
    }

    static Caller Invalid(string message) => new(AuthKind.Invalid, Rejection: Reply.Error(403, message));

    static string? Credential(string header, string scheme) =>
        header.StartsWith(scheme + " ", StringComparison.OrdinalIgnoreCase) ? header[(scheme.Length + 1)..].Trim() : null;
}
