using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountImage: an account's images (AC-22), one of them (AC-23), their ids (AC-24) or their count (AC-25).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountImage", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurAccountImage.md")]
[OutputType(typeof(ImgurImage), ParameterSetName = new[] { ListSet, ByIdSet })]
[OutputType(typeof(string), ParameterSetName = new[] { IdsSet })]
[OutputType(typeof(long), ParameterSetName = new[] { CountSet })]
public sealed class GetImgurAccountImageCommand : AccountContentCmdlet<ImgurImage>
{
    /// <summary>Ids of the account's images to get; binds the ImageId property of piped images.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ImgurLink(ImgurLinkKind.Image)]
    [ImgurId]
    public string[] ImageId { get; set; } = System.Array.Empty<string>();

    private protected override AccountContent Content => AccountContent.Images;

    private protected override string[] ItemIds => ImageId;
}
