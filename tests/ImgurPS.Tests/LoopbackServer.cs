using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ImgurPS.Tests;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 for servers that misbehave: reads each request (its body too, unless told
/// not to), records it, and answers what it is told, one request per connection. Disposing it closes every
/// connection and cancels the answers still being written.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, Stream, CancellationToken, Task> _respond;
    private readonly bool _readBody;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _received = new();
    private readonly ConcurrentBag<TcpClient> _clients = new();
    private int _connections;
    private int _requests;

    /// <summary>A server that writes <paramref name="answer"/>'s text (given the request head) and closes.</summary>
    public LoopbackServer(Func<string, string> answer)
        : this((head, stream, _) => WriteAsync(stream, answer(head)))
    {
    }

    /// <param name="respond">Writes the answer to the request with the given head; it may take as long as it likes, or forever.</param>
    /// <param name="readBody">Whether the request's body is read before <paramref name="respond"/> runs.</param>
    public LoopbackServer(Func<string, Stream, CancellationToken, Task> respond, bool readBody = true)
    {
        _respond = respond;
        _readBody = readBody;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = Task.Run(AcceptAsync);
    }

    public Uri Address { get; }

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Requests whose head (and body, when read) arrived.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Every request head and body that arrived, as Latin-1 text.</summary>
    public string Received => string.Join("\n", _received);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _clients) client.Close();
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8.</summary>
    public static async Task WriteAsync(Stream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await stream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
        await stream.FlushAsync().ConfigureAwait(false);
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
            }
            catch (Exception)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            _clients.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var head = await ReadHeadAsync(stream).ConfigureAwait(false);
            if (head.Length == 0) return;
            _received.Enqueue(head);
            if (_readBody)
            {
                if (Header(head, "Expect") is { } expect && expect.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
                {
                    await WriteAsync(stream, "HTTP/1.1 100 Continue\r\n\r\n").ConfigureAwait(false);
                }
                _received.Enqueue(await ReadBodyAsync(stream, head).ConfigureAwait(false));
            }
            Interlocked.Increment(ref _requests);
            await _respond(head, stream, _stop.Token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The client hung up, or the test is over.
        }
        finally
        {
            client.Close();
        }
    }

    private static async Task<string> ReadHeadAsync(Stream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one, 0, 1).ConfigureAwait(false) == 1)
        {
            head.Add(one[0]);
            var n = head.Count;
            if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n') break;
        }
        return Latin1(head.ToArray(), head.Count);
    }

    private static async Task<string> ReadBodyAsync(Stream stream, string head)
    {
        var body = new MemoryStream();
        var buffer = new byte[8192];
        if (Header(head, "Content-Length") is { } length && long.TryParse(length, out var remaining))
        {
            while (remaining > 0)
            {
                var read = await stream.ReadAsync(buffer, 0, (int)Math.Min(buffer.Length, remaining)).ConfigureAwait(false);
                if (read == 0) break;
                body.Write(buffer, 0, read);
                remaining -= read;
            }
        }
        else if (Header(head, "Transfer-Encoding") is { } encoding && encoding.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            // Enough for a test: read until the last chunk and the empty trailer.
            while (!Latin1(body.ToArray(), (int)body.Length).EndsWith("0\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false);
                if (read == 0) break;
                body.Write(buffer, 0, read);
            }
        }
        return Latin1(body.ToArray(), (int)body.Length);
    }

    private static string? Header(string head, string name) =>
        head.Split(new[] { "\r\n" }, StringSplitOptions.None)
            .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(line => line.Substring(name.Length + 1).Trim())
            .FirstOrDefault();

    private static string Latin1(byte[] bytes, int count) => Encoding.GetEncoding("ISO-8859-1").GetString(bytes, 0, count);
}
