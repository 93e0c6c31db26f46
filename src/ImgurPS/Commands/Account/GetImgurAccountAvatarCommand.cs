using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Get-ImgurAccountAvatar: a user's current avatar (AC-06), or with -Available the avatars they may choose (AC-05).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurAccountAvatar", DefaultParameterSetName = CurrentSet, HelpUri = HelpPages.Root + "Get-ImgurAccountAvatar.md")]
[OutputType(typeof(ImgurAvatar), ParameterSetName = new[] { CurrentSet })]
[OutputType(typeof(ImgurAvailableAvatar), ParameterSetName = new[] { AvailableSet })]
public sealed class GetImgurAccountAvatarCommand : ImgurApiCmdlet
{
    private const string CurrentSet = "Current";
    private const string AvailableSet = "Available";

    /// <summary>The user; "me" (the default) is the signed-in user. Imgur shows the current avatar only to a signed-in user.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>Lists the avatars the user may choose instead of the current one.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AvailableSet)]
    public SwitchParameter Available { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == AvailableSet)
        {
            var call = NewCall(requiresUser: IsMe(Username));
            WriteResult(Client.GetAvailableAvatarsAsync(call, Username), Username, enumerateCollection: true);
        }
        else if (TryAwait(Client.GetAvatarAsync(NewCall(requiresUser: true), Username), Username, out var avatar))
        {
            WriteObject(avatar);
        }
    }
}
