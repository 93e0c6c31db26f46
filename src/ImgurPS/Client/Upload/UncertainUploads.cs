using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Client.Upload;

/// <summary>
/// Settles the uploads a journal lists as uncertain (sent, answer lost) for the signed-in account that sent them:
/// each is looked for among the account's images (AC-22) uploaded between its intent and its outcome, by name and
/// size. Found, it is recorded as uploaded with that image's id, deletehash and link; not found, as not on Imgur, so
/// the batch sends it. Anonymous uploads cannot be looked up and stay uncertain.
/// </summary>
internal static class UncertainUploads
{
    /// <summary>Clock difference between this machine and Imgur, and time Imgur takes to store an upload.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    /// <summary>How long after its intent an upload with no outcome (a killed run) may have landed.</summary>
    public static readonly TimeSpan LongestUpload = TimeSpan.FromHours(1);

    /// <returns>How many were found on Imgur, and how many were not.</returns>
    public static async Task<(int Found, int Missing)> ResolveAsync(ImgurApiClient client, ImgurCall call, UploadJournal journal, string account)
    {
        var uncertain = journal.UncertainOf(account);
        if (uncertain.Count == 0) return (0, 0);

        // The list is newest first: paging stops at the first page that reaches back before the oldest intent.
        var earliest = uncertain[0].StartedAt!.Value - Slack;
        var images = new List<ImgurImage>();
        for (var page = 0; ; page++)
        {
            var items = await client.GetAccountContentPageAsync<ImgurImage>(call, AccountContent.Images, "me", page, perPage: 100).ConfigureAwait(false);
            images.AddRange(items.Where(image => image.Datetime >= earliest));
            if (items.Count == 0 || items.Any(image => image.Datetime < earliest)) break;
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        int found = 0, missing = 0;
        foreach (var entry in uncertain)
        {
            var from = entry.StartedAt!.Value - Slack;
            var to = (entry.Outcome == UploadJournal.Uncertain && entry.UploadedAt is { } ended ? ended : entry.StartedAt.Value + LongestUpload) + Slack;
            var match = images.FirstOrDefault(image => image.Id is { } id && !claimed.Contains(id) && !journal.Knows(id)
                && image.Name == entry.Name && image.Size == entry.Size && image.Datetime >= from && image.Datetime <= to);
            if (match is null)
            {
                journal.RecordFailed(entry);
                missing++;
            }
            else
            {
                claimed.Add(match.Id!);
                journal.RecordUploaded(entry, entry.Sha256!, entry.Size, match);
                found++;
            }
        }
        return (found, missing);
    }
}
