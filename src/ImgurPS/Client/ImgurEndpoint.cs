using System;
using System.Net;

namespace ImgurPS.Client;

/// <summary>Where Imgur lives and which base addresses ImgurPS accepts.</summary>
internal static class ImgurEndpoint
{
    public static readonly Uri Default = new("https://api.imgur.com/");

    /// <summary>The commercial (RapidAPI) host of spec 1.3, the default of Connect-Imgur -RapidApiHost.</summary>
    public const string CommercialHost = "imgur-apiv3.p.rapidapi.com";

    /// <summary>The API root on a marketplace host.</summary>
    public static Uri Commercial(string host) => new($"https://{host}/");

    /// <summary>
    /// Checks a marketplace host name, which goes into the x-rapidapi-host header and the default address: a DNS name
    /// and nothing else (no scheme, port, path or spaces).
    /// </summary>
    public static string ValidateHost(string host)
    {
        if (Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            throw new ArgumentException(
                $"The RapidAPI host '{host}' is not a host name. Give the name alone, as RapidAPI shows it, such as {CommercialHost}.",
                nameof(host));
        }
        return host.ToLowerInvariant();
    }

    /// <summary>
    /// Checks a base address: absolute, without user information, https (plain http only for loopback, e.g. the
    /// emulator), and normalised to end in a slash so relative paths append to it.
    /// </summary>
    public static Uri Validate(Uri baseUri)
    {
        if (!baseUri.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base URI '{baseUri}' is not absolute. Give a full address such as https://api.imgur.com/.", nameof(baseUri));
        }

        // Never used, and shown wherever the address is: refuse it without repeating it.
        if (baseUri.UserInfo.Length > 0)
        {
            throw new ArgumentException(
                $"The base URI for {baseUri.Host} has user information (name:password@) in it, which ImgurPS never uses and would show in its output. Remove it; Imgur takes credentials only from Connect-Imgur's parameters.",
                nameof(baseUri));
        }

        var scheme = baseUri.Scheme;
        if (scheme == Uri.UriSchemeHttp && !IsLoopback(baseUri))
        {
            throw new ArgumentException(
                $"The base URI '{baseUri}' uses plain http on a host that is not this machine. Secrets would cross the network unencrypted: use https, or http only with 127.0.0.1, ::1 or localhost (the emulator).",
                nameof(baseUri));
        }

        if (scheme != Uri.UriSchemeHttp && scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The base URI '{baseUri}' is not an http or https address.", nameof(baseUri));
        }

        var text = baseUri.GetLeftPart(UriPartial.Path);
        return new Uri(text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/");
    }

    /// <summary>The address as an error may show it: without any user information.</summary>
    public static Uri? WithoutUserInfo(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && uri.UserInfo.Length > 0 ? new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri : uri;

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
