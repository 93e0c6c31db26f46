using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>
/// Base of Get-ImgurAccountAlbum and Get-ImgurAccountImage. Its behaviour: one dispatch over the four
/// parameter sets (the listing page by page, items by id, the ids page by page, the count) to the account
/// content routes, which have the same shape for albums and images (AC-12..15, AC-22..25). Only the item
/// type and the id parameter differ.
/// </summary>
/// <typeparam name="TItem">The model the listing and the ById set write: ImgurAlbum or ImgurImage.</typeparam>
public abstract class AccountContentCmdlet<TItem> : ImgurApiCmdlet
    where TItem : ImgurObject
{
    private protected const string ListSet = "List";
    private protected const string ByIdSet = "ById";
    private protected const string IdsSet = "Ids";
    private protected const string CountSet = "Count";

    /// <summary>The account; "me" (the default) is the signed-in user and needs a user session.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>The page, from 0.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = IdsSet)]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Items per page, 1 to 100; Imgur's default is 50.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 100)]
    public int PerPage { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = IdsSet)]
    public SwitchParameter All { get; set; }

    /// <summary>Writes the ids only, as strings.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdsSet)]
    public SwitchParameter IdOnly { get; set; }

    /// <summary>Writes how many items the account has.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CountSet)]
    public SwitchParameter Count { get; set; }

    private protected abstract AccountContent Content { get; }

    /// <summary>The ids given in the ById set.</summary>
    private protected abstract string[] ItemIds { get; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: IsMe(Username) || Content.BeyondListingNeedsUser && ParameterSetName != ListSet);
        switch (ParameterSetName)
        {
            case ByIdSet:
                foreach (var id in ItemIds) WriteResult(Client.GetAccountContentItemAsync<TItem>(call, Content, Username, id), id);
                break;
            case IdsSet:
                WritePages(page => Client.GetAccountContentIdsPageAsync(call, Content, Username, page), Page, All, Username);
                break;
            case CountSet:
                WriteResult(Client.GetAccountContentCountAsync(call, Content, Username), Username);
                break;
            default:
                int? perPage = MyInvocation.BoundParameters.ContainsKey(nameof(PerPage)) ? PerPage : null;
                WritePages(page => Client.GetAccountContentPageAsync<TItem>(call, Content, Username, page, perPage), Page, All, Username);
                break;
        }
    }
}
