using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountAlbum: an account's albums (AC-12), one of them (AC-13), their ids (AC-14) or their count (AC-15).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountAlbum", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurAccountAlbum.md")]
[OutputType(typeof(ImgurAlbum), ParameterSetName = new[] { ListSet, ByIdSet })]
[OutputType(typeof(string), ParameterSetName = new[] { IdsSet })]
[OutputType(typeof(long), ParameterSetName = new[] { CountSet })]
public sealed class GetImgurAccountAlbumCommand : AccountContentCmdlet<ImgurAlbum>
{
    /// <summary>Ids of the account's albums to get; binds the AlbumId property of piped albums.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Album)]
    [ImgurId]
    [ArgumentCompleter(typeof(AlbumIdCompleter))]
    public string[] AlbumId { get; set; } = System.Array.Empty<string>();

    private protected override AccountContent Content => AccountContent.Albums;

    private protected override string[] ItemIds => AlbumId;
}
