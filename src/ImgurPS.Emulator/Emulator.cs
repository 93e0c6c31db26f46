using System.Threading;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator;

/// <summary>Everything a run changes: data, tokens, counters, faults and the request log.</summary>
public sealed class EmulatorState
{
    public EmulatorState(EmulatorOptions options)
    {
        SeedData seed = Seed.Build(options);
        Store = new ImgurStore(seed);
        Tokens = new TokenStore(options, seed);
        Limits = new RateLimiter(options);
        foreach (FaultRequest fault in options.Faults)
        {
            Faults.Add(Fault.Create(fault));
        }
    }

    public ImgurStore Store { get; }
    public TokenStore Tokens { get; }
    public RateLimiter Limits { get; }
    public FaultBook Faults { get; } = new();
    public RequestLog Log { get; } = new();

    /// <summary>The bytes of the uploads, served at their links; deleted with the state.</summary>
    public Media.MediaFiles Media { get; } = new();

    /// <summary>Every upload since the start or the last reset, in order, with the hash of its content.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<UploadRecord> Uploads { get; } = new();
}

/// <summary>One upload as <c>GET /_emulator/uploads</c> lists it.</summary>
public sealed record UploadRecord(string Id, string? Sha256, long Size);

/// <summary>The options and the current state; a reset swaps in a freshly seeded state in one step.</summary>
public sealed class Emulator(EmulatorOptions options)
{
    EmulatorState state = new(options);

    public EmulatorOptions Options => options;

    public EmulatorState State => Volatile.Read(ref state);

    public void Reset()
    {
        EmulatorClock.Reset();
        Interlocked.Exchange(ref state, new EmulatorState(options)).Media.Dispose();
    }
}
