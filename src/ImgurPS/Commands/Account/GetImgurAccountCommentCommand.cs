using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountComment: a user's comments (AC-17), one by id (AC-18), their ids (AC-19) or their number (AC-20).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountComment", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurAccountComment.md")]
[OutputType(typeof(ImgurComment), ParameterSetName = new[] { ListSet, ByIdSet })]
[OutputType(typeof(string), ParameterSetName = new[] { IdsSet })]
[OutputType(typeof(long), ParameterSetName = new[] { CountSet })]
public sealed class GetImgurAccountCommentCommand : ImgurApiCmdlet
{
    private const string ListSet = "List";
    private const string ByIdSet = "ById";
    private const string IdsSet = "Ids";
    private const string CountSet = "Count";

    /// <summary>The user; "me" (the default) is the signed-in user.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>The order: newest (default), oldest, best or worst.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = IdsSet)]
    [ValidateSet("newest", "oldest", "best", "worst")]
    public string Sort { get; set; } = "newest";

    /// <summary>The page, from 0.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = IdsSet)]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Comments per page, up to 100 (Imgur's default is 50).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = IdsSet)]
    [ValidateRange(1, 100)]
    public int? PerPage { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = IdsSet)]
    public SwitchParameter All { get; set; }

    /// <summary>The id of one of the user's comments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet)]
    public long CommentId { get; set; }

    /// <summary>Writes the comment ids (as strings) instead of the comments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdsSet)]
    public SwitchParameter Ids { get; set; }

    /// <summary>Writes the number of comments instead of the comments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CountSet)]
    public SwitchParameter Count { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: IsMe(Username));
        var sort = Sort.ToLowerInvariant();
        switch (ParameterSetName)
        {
            case ByIdSet:
                WriteResult(Client.GetAccountCommentAsync(call, Username, CommentId), CommentId);
                break;
            case IdsSet:
                WritePages(page => Client.GetAccountCommentIdsPageAsync(call, Username, sort, page, PerPage), Page, All, Username);
                break;
            case CountSet:
                WriteResult(Client.GetAccountCommentCountAsync(call, Username), Username);
                break;
            default:
                WritePages(page => Client.GetAccountCommentsPageAsync(call, Username, sort, page, PerPage), Page, All, Username);
                break;
        }
    }
}
