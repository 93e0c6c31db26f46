using System.Collections.Generic;

namespace ImgurPS.Emulator.Imgur;

/// <summary>One served request, as <c>GET /_emulator/requests</c> lists it. Credentials never appear.</summary>
public sealed record RequestLogEntry(string Method, string Path, string Query, int Status, string Auth, bool Commercial);

/// <summary>Every emulated request since the last reset, in order, so tests can assert what a command sent.</summary>
public sealed class RequestLog
{
    readonly object gate = new();
    readonly List<RequestLogEntry> entries = [];

    public void Add(ApiRequest request, int status)
    {
        var entry = new RequestLogEntry(
            request.Method,
            request.SeenPath,
            request.Query,
            status,
            request.Caller.Kind.ToString().ToLowerInvariant(),
            request.CommercialKey is not null);
        lock (gate)
        {
            entries.Add(entry);
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (gate)
        {
            return entries.ToArray();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }
}
