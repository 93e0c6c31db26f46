using System;
using System.Threading;

namespace ImgurPS.Emulator;

/// <summary>
/// The emulator's "now": the real clock plus an offset that <c>POST /_emulator/time</c> moves forward, so a client can
/// test what comes with time (expiring access tokens, rate-limit windows that reset, videos done processing)
/// without waiting. A reset sets it back to the real clock. One emulator runs per process, so one clock serves.
/// </summary>
public static class EmulatorClock
{
    static long offsetTicks;

    public static DateTimeOffset Now => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref offsetTicks));

    public static TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public static void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public static void Reset() => Interlocked.Exchange(ref offsetTicks, 0);
}
