using System.Collections.Concurrent;
using System.Collections.Generic;

namespace ImgurPS.Emulator.Imgur;

/// <summary>One served request, as <c>GET /_emulator/requests</c> lists it. Credentials never appear.</summary>
public sealed record RequestLogEntry(string Method, string Path, string Query, int Status, string Auth, bool Commercial);

/// <summary>Every emulated request since the last reset, in order, so tests can assert what a command sent.</summary>
public sealed class RequestLog
{
    // Lock-free: every request adds to it, and parallel uploads otherwise queue on one lock here.
    readonly ConcurrentQueue<RequestLogEntry> entries = new();

    public void Add(ApiRequest request, int status) => entries.Enqueue(new RequestLogEntry(
        request.Method,
        request.SeenPath,
        request.Query,
        status,
        request.Caller.Kind.ToString().ToLowerInvariant(),
        request.CommercialKey is not null));

    public IReadOnlyList<RequestLogEntry> Snapshot() => entries.ToArray();

    public void Clear() => entries.Clear();
}
