using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands;

/// <summary>
/// Base of Remove-ImgurAlbum and Remove-ImgurImage: both delete by id or deletehash, or through the owner's
/// account route, which knows an album by its id and an image by its deletehash.
/// </summary>
public abstract class RemoveContentCmdlet : ImgurApiCmdlet
{
    private protected const string IdSet = "Id";
    private protected const string AccountSet = "Account";

    /// <summary>Deletes through this account's route; "me" is the signed-in user.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccountSet)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>Deletes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>
    /// The Account set's delete: <paramref name="key"/> is the value the account route takes, given through
    /// the <paramref name="keyParameter"/> parameter.
    /// </summary>
    private protected void RemoveThroughAccount(AccountContent content, string noun, string? key, string keyParameter, string target, string action)
    {
        var call = NewCall(requiresUser: true);
        if (string.IsNullOrWhiteSpace(key))
        {
            WriteError(ContentAddress.Missing(noun, keyParameter));
            return;
        }

        if (!ShouldChange(target, action, Force)) return;
        TryAwait(Client.DeleteAccountContentAsync(call, content, Username, key!), key, out _);
    }
}
