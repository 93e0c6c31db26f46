using System.Management.Automation;

namespace ImgurPS.Commands.Comment;

/// <summary>
/// Base of the cmdlets that read a set of comments four ways: the comments (List), one of them (ById), their
/// ids (Ids) or their number (Count). Each declares what the set belongs to and how it sorts.
/// </summary>
public abstract class CommentQueryCmdlet : ImgurApiCmdlet
{
    private protected const string ListSet = "List";
    private protected const string ByIdSet = "ById";
    private protected const string IdsSet = "Ids";
    private protected const string CountSet = "Count";

    /// <summary>The id of one comment of the set.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet)]
    public long CommentId { get; set; }

    /// <summary>Writes the comment ids (as strings) instead of the comments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdsSet)]
    public SwitchParameter Ids { get; set; }

    /// <summary>Writes the number of comments instead of the comments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CountSet)]
    public SwitchParameter Count { get; set; }
}
