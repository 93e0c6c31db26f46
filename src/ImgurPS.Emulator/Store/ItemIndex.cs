using System;
using System.Collections.Generic;

namespace ImgurPS.Emulator.Store;

/// <summary>Finds images or albums by id and by deletehash. Not thread-safe: the store locks around it.</summary>
sealed class ItemIndex<T>
    where T : ImgurItem
{
    readonly Dictionary<string, T> byId = new(StringComparer.Ordinal);
    readonly Dictionary<string, T> byDeletehash = new(StringComparer.Ordinal);

    public IEnumerable<T> All => byId.Values;

    public void Add(T item)
    {
        byId.Add(item.Id, item);
        byDeletehash.Add(item.Deletehash, item);
    }

    public void Remove(T item)
    {
        byId.Remove(item.Id);
        byDeletehash.Remove(item.Deletehash);
    }

    public T? ById(string id) => byId.GetValueOrDefault(id);

    public T? ByDeletehash(string deletehash) => byDeletehash.GetValueOrDefault(deletehash);

    public bool Uses(string key) => byId.ContainsKey(key) || byDeletehash.ContainsKey(key);
}
