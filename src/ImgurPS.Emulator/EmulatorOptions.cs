using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ImgurPS.Emulator.Imgur;

namespace ImgurPS.Emulator;

/// <summary>How <c>X-RateLimit-UserReset</c> is written: Imgur documents an epoch but sends seconds.</summary>
public enum ResetForm
{
    Seconds,
    Epoch,
}

/// <summary>The emulator's command-line options; every default mirrors Imgur's free tier.</summary>
public sealed record EmulatorOptions
{
    public const string Usage = """
        Usage: dotnet ImgurPS.Emulator.dll [options]

          --port N                      port on 127.0.0.1 (default 0: any free port)
          --exit-on-stdin-close         stop when standard input is closed
          --client-limit N              daily credits of the application (12500)
          --user-limit N                hourly credits of a Client-ID caller (500)
          --bearer-user-limit N         hourly credits of a Bearer caller (2000)
          --post-limit N                hourly POST requests of a caller (1250)
          --commercial-limit N          daily requests of a marketplace key (100000)
          --upload-cost N               credits an upload costs (10)
          --video-processing-seconds N  a new video shows processing "pending", 0x0 and no mp4 for N s (0)
          --fetch-upload-urls           fetch URL uploads on this machine for real (off: nothing is fetched)
          --latency-ms N                every answer's first byte waits N ms, as a round trip to Imgur would (0)
          --upload-kbps N               request bodies are read no faster than N kbit/s per connection (0: no limit)
          --max-image-bytes N           largest still image (10485760)
          --max-video-bytes N           largest video (209715200)
          --page-size N                 gallery page size (60)
          --gallery-size N              seeded gallery items (150)
          --no-upload-hashes            list uploads in /_emulator/uploads without their SHA-256 (benchmarks)
          --reset-form seconds|epoch    how X-RateLimit-UserReset is written (seconds)
          --access-token-lifetime N     access-token lifetime in seconds (3600)
          --client-id ID                the registered application (emulator-client-id)
          --client-secret SECRET        its secret (emulator-client-secret)
          --refresh-token TOKEN         the seeded user's refresh token (emulator-refresh-token)
          --access-token TOKEN          the seeded user's access token (emulator-access-token)
          --username NAME               the seeded user (emulator-user)
          --rotate-refresh-tokens       issue a new refresh token on each use, retiring the old one
          --auto-approve                /oauth2/authorize approves at once instead of showing its form
          --auto-deny                   /oauth2/authorize denies at once instead of showing its form
          --fault JSON                  a fault as POST /_emulator/faults takes it, kept across resets (repeatable)
          --help                        show this text
        """;

    public int Port { get; init; }
    public bool ExitOnStdinClose { get; init; }
    public int ClientLimit { get; init; } = 12500;
    public int UserLimit { get; init; } = 500;
    public int BearerUserLimit { get; init; } = 2000;
    public int PostLimit { get; init; } = 1250;
    public int CommercialLimit { get; init; } = 100000;
    public int UploadCost { get; init; } = 10;
    /// <summary>How long a new video stays in processing "pending" (spec 2.5 upload notes); 0 completes it at once.</summary>
    public int VideoProcessingSeconds { get; init; }
    /// <summary>Whether URL uploads are fetched (loopback addresses only), or typed from the URL alone.</summary>
    public bool FetchUploadUrls { get; init; }
    /// <summary>How long every answer waits before its first byte, in milliseconds.</summary>
    public int LatencyMs { get; init; }
    /// <summary>The fastest a request body is read, in kbit/s per connection; 0 is no limit.</summary>
    public int UploadKbps { get; init; }
    public long MaxImageBytes { get; init; } = 10L * 1024 * 1024;
    public long MaxVideoBytes { get; init; } = 200L * 1024 * 1024;
    public int PageSize { get; init; } = 60;
    public int GallerySize { get; init; } = 150;
    /// <summary>Whether /_emulator/uploads carries each file's SHA-256: a quarter of an upload's processing.</summary>
    public bool HashUploads { get; init; } = true;
    public ResetForm ResetForm { get; init; } = ResetForm.Seconds;
    public int AccessTokenLifetime { get; init; } = 3600;
    public string ClientId { get; init; } = "emulator-client-id";
    public string ClientSecret { get; init; } = "emulator-client-secret";
    public string RefreshToken { get; init; } = "emulator-refresh-token";
    public string AccessToken { get; init; } = "emulator-access-token";
    public string Username { get; init; } = "emulator-user";
    public bool RotateRefreshTokens { get; init; }
    /// <summary>"approve" or "deny" to answer the consent page without a person; null shows the form.</summary>
    public string? AutoConsent { get; init; }
    public bool ShowHelp { get; init; }

    /// <summary>Faults from the command line (<c>--fault</c>), queued at start and after every reset.</summary>
    public IReadOnlyList<FaultRequest> Faults { get; init; } = [];

    /// <summary>
    /// The largest request Kestrel accepts: a video at the limit, or an image sent as base64 (a third
    /// larger), plus room for the other form fields. Bigger uploads fail while streaming, not up front.
    /// </summary>
    public long MaxRequestBodyBytes => Math.Max(MaxVideoBytes, MaxImageBytes / 3 * 4) + 1024 * 1024;

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"Option {name} needs a value.");

            options = name switch
            {
                "--port" => options with { Port = Number(name, Value(), 0, 65535) },
                "--exit-on-stdin-close" => options with { ExitOnStdinClose = true },
                "--client-limit" => options with { ClientLimit = Number(name, Value(), 0) },
                "--user-limit" => options with { UserLimit = Number(name, Value(), 0) },
                "--bearer-user-limit" => options with { BearerUserLimit = Number(name, Value(), 0) },
                "--post-limit" => options with { PostLimit = Number(name, Value(), 0) },
                "--commercial-limit" => options with { CommercialLimit = Number(name, Value(), 0) },
                "--upload-cost" => options with { UploadCost = Number(name, Value(), 0) },
                "--video-processing-seconds" => options with { VideoProcessingSeconds = Number(name, Value(), 0) },
                "--fetch-upload-urls" => options with { FetchUploadUrls = true },
                "--latency-ms" => options with { LatencyMs = Number(name, Value(), 0, 60_000) },
                "--upload-kbps" => options with { UploadKbps = Number(name, Value(), 0) },
                "--max-image-bytes" => options with { MaxImageBytes = Number(name, Value(), 1L) },
                "--max-video-bytes" => options with { MaxVideoBytes = Number(name, Value(), 1L) },
                "--page-size" => options with { PageSize = Number(name, Value(), 1) },
                "--gallery-size" => options with { GallerySize = Number(name, Value(), 0) },
                "--no-upload-hashes" => options with { HashUploads = false },
                "--reset-form" => options with { ResetForm = ParseResetForm(Value()) },
                "--access-token-lifetime" => options with { AccessTokenLifetime = Number(name, Value(), 1) },
                "--client-id" => options with { ClientId = Value() },
                "--client-secret" => options with { ClientSecret = Value() },
                "--refresh-token" => options with { RefreshToken = Value() },
                "--access-token" => options with { AccessToken = Value() },
                "--username" => options with { Username = Value() },
                "--rotate-refresh-tokens" => options with { RotateRefreshTokens = true },
                "--auto-approve" => options with { AutoConsent = "approve" },
                "--auto-deny" => options with { AutoConsent = "deny" },
                "--fault" => options with { Faults = [.. options.Faults, ParseFault(Value())] },
                "--help" or "-h" or "-?" => options with { ShowHelp = true },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }

    static T Number<T>(string name, string text, T min, T? max = null)
        where T : struct, INumber<T>
    {
        if (T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out T value) && value >= min && (max is null || value <= max))
        {
            return value;
        }

        string range = max is null ? $"at least {min}" : $"from {min} to {max}";
        throw new ArgumentException($"Option {name} takes a whole number {range}, not '{text}'.");
    }

    /// <summary>A fault as the control endpoint takes it, checked now so that a bad one stops the start.</summary>
    static FaultRequest ParseFault(string json)
    {
        FaultRequest request;
        try
        {
            request = JsonSerializer.Deserialize<FaultRequest>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                ?? throw new ArgumentException("Option --fault needs a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Option --fault needs a JSON object such as {{\"path\":\"^/3/image$\",\"kind\":\"status\",\"status\":503,\"every\":10,\"times\":0}}: {e.Message}", e);
        }

        Fault.Create(request);
        return request;
    }

    static ResetForm ParseResetForm(string text) => text switch
    {
        "seconds" => ResetForm.Seconds,
        "epoch" => ResetForm.Epoch,
        _ => throw new ArgumentException($"Option --reset-form takes 'seconds' or 'epoch', not '{text}'."),
    };
}
