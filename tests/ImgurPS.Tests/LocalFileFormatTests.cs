using System;
using System.IO;
using System.Text.Json;
using ImgurPS.Client;
using ImgurPS.Client.Persistence;
using ImgurPS.Client.Upload;
using ImgurPS.Models;

namespace ImgurPS.Tests;

/// <summary>The files ImgurPS keeps on disk keep their format: what an earlier run wrote, a later one reads.</summary>
public class LocalFileFormatTests
{
    [Fact]
    public void AJournalLineKeepsItsKeysAndEpochSeconds()
    {
        using var folder = new TempFolder();
        using var journal = UploadJournal.Open(folder.File("journal.jsonl"));

        var intent = journal.RecordIntent("/photos/a.png", 12, "ab12", "a.png", "someone");
        journal.RecordUploaded(intent, "ab12", 12, new ImgurImage { Id = "Id1", DeleteHash = "del1", Link = "https://i.imgur.com/Id1.png" });

        var lines = File.ReadAllLines(journal.FilePath);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("sending", first.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("ab12", first.RootElement.GetProperty("sha256").GetString());
        Assert.Equal(JsonValueKind.Number, first.RootElement.GetProperty("started_at").ValueKind);
        using var line = JsonDocument.Parse(lines[1]);
        var entry = line.RootElement;
        Assert.Equal("a.png", entry.GetProperty("name").GetString());
        Assert.Equal("someone", entry.GetProperty("account").GetString());
        Assert.Equal("/photos/a.png", entry.GetProperty("path").GetString());
        Assert.Equal(12, entry.GetProperty("size").GetInt64());
        Assert.Equal("ab12", entry.GetProperty("sha256").GetString());
        Assert.Equal("Id1", entry.GetProperty("id").GetString());
        Assert.Equal("del1", entry.GetProperty("deletehash").GetString());
        Assert.Equal("https://i.imgur.com/Id1.png", entry.GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Number, entry.GetProperty("uploaded_at").ValueKind);
        Assert.Equal("uploaded", entry.GetProperty("outcome").GetString());
    }

#if NET
    [Fact]
    [Trait("Platform", "UnixOnly")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AJournalIsCreatedReadableByItsOwnerAlone()
    {
        using var folder = new TempFolder();
        using var journal = UploadJournal.Open(folder.File("journal.jsonl"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(journal.FilePath));
    }
#endif

    [Fact]
    public void AJournalWrittenByAnEarlierVersionStillReads()
    {
        using var folder = new TempFolder();
        var path = folder.File("journal.jsonl");
        File.WriteAllText(path,
            """{"path":"/photos/a.png","size":12,"sha256":"ab12","id":"Id1","deletehash":"del1","link":"https://i.imgur.com/Id1.png","uploaded_at":1700000000,"outcome":"uploaded","is_uncertain":false}""" + "\n" +
            """{"path":"/photos/b.png","size":7,"sha256":"cd34","id":null,"deletehash":null,"link":null,"uploaded_at":1700000001,"outcome":"uncertain","is_uncertain":true}""" + "\n");

        using var journal = UploadJournal.Open(path);

        var uploaded = journal.Find("/photos/a.png", "ab12")!;
        Assert.Equal("del1", uploaded.DeleteHash);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), uploaded.UploadedAt);
        Assert.True(journal.Find("/photos/b.png", "cd34")!.IsUncertain);
        Assert.Null(journal.Find("/photos/a.png", "other content"));
        Assert.Equal(0, journal.UnreadableLines);
    }

    [Fact]
    public void ASavedSessionReadsBackAsWritten()
    {
        using var folder = new TempFolder();
        var store = new SessionStore(folder.File("session.json"));
        var session = new ImgurSession(new Uri("https://api.imgur.com/"), "client-1") { AccountUsername = "someone", AccountId = 42 };
        session.SetClientSecret("secret-1");
        session.SetRefreshToken("refresh-1");
        session.SetAccessToken("access-never-saved");

        store.Save(SavedSession.From(session));
        var loaded = store.Load().ToSession();

        Assert.Equal(session.BaseUri, loaded.BaseUri);
        Assert.Equal("client-1", loaded.ClientId);
        Assert.Equal("secret-1", loaded.ClientSecret);
        Assert.Equal("refresh-1", loaded.RefreshToken);
        Assert.Null(loaded.MarketplaceKey);
        Assert.Equal("someone", loaded.AccountUsername);
        Assert.Equal(42, loaded.AccountId);
        Assert.Null(loaded.AccessToken);
    }

    [Fact]
    public void ASessionSavedByAnEarlierVersionStillReads()
    {
        // The JSON inside the file; on Windows the file holds it protected with DPAPI.
        const string saved = """{"base_uri":"https://api.imgur.com/","client_id":"c","client_secret":"s","refresh_token":"r","marketplace_key":null,"account_username":"u","account_id":5}""";

        var loaded = JsonSerializer.Deserialize(saved, LocalFileJsonContext.Default.SavedSession)!;

        Assert.Equal("https://api.imgur.com/", loaded.BaseUri);
        Assert.Equal("c", loaded.ClientId);
        Assert.Equal("s", loaded.ClientSecret);
        Assert.Equal("r", loaded.RefreshToken);
        Assert.Equal("u", loaded.AccountUsername);
        Assert.Equal(5, loaded.AccountId);
    }
}
