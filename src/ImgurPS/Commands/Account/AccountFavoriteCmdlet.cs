using System.Management.Automation;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Account;

/// <summary>Base of the two favorites listings, which differ only in the route (all or gallery only) and who may read them.</summary>
public abstract class AccountFavoriteCmdlet : AccountPagesCmdlet
{
    /// <summary>The order: newest (default) or oldest.</summary>
    [Parameter]
    [ValidateSet("newest", "oldest")]
    public string Sort { get; set; } = "newest";

    private protected void WriteFavorites(string username, bool galleryOnly, bool requiresUser)
    {
        var call = NewCall(requiresUser);
        var sort = Sort.ToLowerInvariant();
        WritePages(page => Client.GetFavoritesPageAsync(call, username, galleryOnly, sort, page, PerPage), Page, All, username);
    }
}
