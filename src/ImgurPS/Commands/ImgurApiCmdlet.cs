using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using ImgurPS.Client;
using ImgurPS.Models;

namespace ImgurPS.Commands;

/// <summary>
/// Base of the cmdlets that call the API: adds -Connection (the default connection when omitted), -Format, the signed-in-user check,
/// streaming pages, and the confirmation rule of destructive commands.
/// </summary>
public abstract class ImgurApiCmdlet : ImgurCmdlet
{
    /// <summary>The wire form to request: Json (default) or Xml. The objects written are the same either way.</summary>
    [Parameter]
    public ImgurFormat Format { get; set; } = ImgurFormat.Json;

    /// <summary>The connection to act through (Connect-Imgur -PassThru writes one); without it, the default connection.</summary>
    [Parameter]
    [ValidateNotNull]
    public ImgurConnection? Connection { get; set; }

    /// <summary>The session of -Connection, or the default one; null when there is neither.</summary>
    private protected ImgurSession? SessionInUse => Connection?.Session ?? ImgurModule.DefaultSession;

    /// <summary>
    /// The session of -Connection, or the default one. Without a session, or with one Disconnect-Imgur ended, the
    /// command stops before any request is sent.
    /// </summary>
    private protected ImgurSession ChosenSession()
    {
        var session = SessionInUse;
        if (session is null)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("ImgurPS is not connected. Run Connect-Imgur -ClientId <your client id> first (see Get-Help Connect-Imgur)."),
                "ImgurNotConnected",
                ErrorCategory.ConnectionError,
                null));
        }

        if (session!.Ended)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException($"The connection '{session.Connection}' was ended by Disconnect-Imgur. Connect again with Connect-Imgur and pass the new connection."),
                "ImgurConnectionEnded",
                ErrorCategory.ConnectionError,
                Connection));
        }

        return session;
    }

    /// <summary>
    /// A call on the chosen session (<see cref="ChosenSession"/>). Without a signed-in user when
    /// <paramref name="requiresUser"/> is set, the command stops before any request is sent.
    /// </summary>
    private protected ImgurCall NewCall(bool requiresUser = false)
    {
        var session = ChosenSession();

        if (requiresUser && session.AuthMode != ImgurAuthMode.User)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException(
                    $"{MyInvocation.MyCommand.Name} acts as a signed-in Imgur user, but the session is anonymous. Connect with -RefreshToken or -AccessToken (see Get-Help Connect-Imgur)."),
                "ImgurUserRequired",
                ErrorCategory.PermissionDenied,
                null));
        }

        return CreateCall(session, Format);
    }

    /// <summary>The username "me" stands for the signed-in user (spec 1.1), so it needs a user session.</summary>
    private protected static bool IsMe(string? username) => string.Equals(username, "me", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Writes a listing as its pages arrive: the page <paramref name="firstPage"/>, or with <paramref name="all"/>
    /// every page from it until an empty one. A downstream Select-Object -First, or Ctrl+C, stops further requests.
    /// </summary>
    private protected void WritePages<T>(Func<int, Task<List<T>>> fetchPage, int firstPage, bool all, object? target)
    {
        for (var page = firstPage; ; page++)
        {
            if (!TryAwait(fetchPage(page), target, out var items)) return;
            WriteObject(items, enumerateCollection: true);
            if (!all || items.Count == 0) return;
        }
    }

    /// <summary>
    /// One change per item as the signed-in user, for endpoints that take one item per request: each item confirmed
    /// on its own (<paramref name="force"/> as in <see cref="ShouldChange"/>), and a refused item an error of its own
    /// while the others still go. <paramref name="passOn"/>, when given, runs after each change that succeeded (-PassThru).
    /// </summary>
    private protected void ChangeEach<T>(IEnumerable<T> items, Func<T, string> target, string action, Func<ImgurCall, T, Task> send, bool force = false, Action<ImgurCall, T>? passOn = null)
    {
        var call = NewCall(requiresUser: true);
        foreach (var item in items)
        {
            if (ShouldChange(target(item), action, force) && TryAwait(send(call, item), item)) passOn?.Invoke(call, item);
        }
    }

    /// <summary>
    /// Sends one change and, with <paramref name="passThru"/>, writes what it changed as Imgur now has it
    /// (<see cref="WriteReadBack"/>). A failed change writes its error and nothing else. True when the change succeeded.
    /// </summary>
    private protected bool Change<T>(Task change, object? target, bool passThru, Func<Task<T>>? readBack)
    {
        if (!TryAwait(change, target)) return false;
        if (passThru) WriteReadBack(readBack, target);
        return true;
    }

    /// <summary>
    /// Writes a changed item as Imgur now has it, asked for after the change: Imgur answers most changes with just
    /// true. <paramref name="readBack"/> is null when the command knows the item only by its deletehash, which
    /// Imgur does not read items by.
    /// </summary>
    private protected void WriteReadBack<T>(Func<Task<T>>? readBack, object? target)
    {
        if (readBack is null)
        {
            WriteError(new ErrorRecord(
                new PSArgumentException($"{target} was changed, but -PassThru cannot read it back: Imgur reads items by id, and only the deletehash was given. Give the id too, or pipe the object Send-ImgurImage or New-ImgurAlbum wrote, which carries both."),
                "ImgurPassThruNeedsId",
                ErrorCategory.InvalidArgument,
                target));
            return;
        }

        WriteResult(readBack(), target);
    }

    /// <summary>
    /// ShouldProcess for changes; <paramref name="force"/> skips the confirmation prompt of a destructive command,
    /// while -WhatIf and an explicit -Confirm still apply.
    /// </summary>
    private protected bool ShouldChange(string target, string action, bool force = false)
    {
        var bound = MyInvocation.BoundParameters;
        var asked = bound.ContainsKey("WhatIf") || bound.ContainsKey("Confirm") || GetVariableValue("WhatIfPreference") is true or SwitchParameter { IsPresent: true };
        return force && !asked || ShouldProcess(target, action);
    }
}
