using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Store;

/// <summary>One private message (spec 3.12).</summary>
public sealed record MessageRecord(long Id, long ConversationId, Account From, string Body, long Datetime);

/// <summary>A private conversation between two accounts (spec 3.11). Each side may delete it for themselves.</summary>
public sealed class ConversationRecord(long id, Account first, Account second)
{
    public long Id { get; } = id;
    public Account First { get; } = first;
    public Account Second { get; } = second;
    public List<MessageRecord> Messages { get; } = [];

    /// <summary>Ids of the participants who deleted it (CV-04); it stays for the other one.</summary>
    public HashSet<long> DeletedFor { get; } = [];

    public bool Includes(Account account) => First.Id == account.Id || Second.Id == account.Id;

    public bool IsVisibleTo(Account account) => Includes(account) && !DeletedFor.Contains(account.Id);

    public Account Other(Account account) => First.Id == account.Id ? Second : First;

    public long LastDatetime => Messages.Count == 0 ? 0 : Messages.Max(message => message.Datetime);
}
