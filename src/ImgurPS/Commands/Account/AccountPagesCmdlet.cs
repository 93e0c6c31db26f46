using System.Management.Automation;

namespace ImgurPS.Commands.Account;

/// <summary>Base of the account listings that page with -Page, -PerPage and -All alone (favorites, submissions).</summary>
public abstract class AccountPagesCmdlet : ImgurApiCmdlet
{
    /// <summary>The page, from 0.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Page { get; set; }

    /// <summary>Items per page, up to 100 (Imgur's default is 50).</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? PerPage { get; set; }

    /// <summary>Reads every page from -Page on, until Imgur returns an empty one; each page is written as it arrives.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }
}
