using System;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Notification;

/// <summary>
/// Get-ImgurNotification: the signed-in user's notifications, replies then messages (NO-01), some by id (NO-02),
/// or the reply notifications of the account route (AC-27).
/// </summary>
[Cmdlet(VerbsCommon.Get, "ImgurNotification", DefaultParameterSetName = ListSet, HelpUri = HelpPages.Root + "Get-ImgurNotification.md")]
[OutputType(typeof(ImgurNotification))]
public sealed class GetImgurNotificationCommand : ImgurApiCmdlet
{
    private const string ListSet = "List";
    private const string ByIdSet = "ById";
    private const string AccountRepliesSet = "AccountReplies";

    /// <summary>The notifications to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public long[] NotificationId { get; set; } = Array.Empty<long>();

    /// <summary>Reads the reply notifications through /3/account/{username}/notifications/replies.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccountRepliesSet)]
    public SwitchParameter AccountReplies { get; set; }

    /// <summary>The user for -AccountReplies; "me" (the default) is the signed-in user.</summary>
    [Parameter(ParameterSetName = AccountRepliesSet)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>Includes notifications already marked as viewed (Imgur gives only new ones by default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = AccountRepliesSet)]
    public SwitchParameter IncludeViewed { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        bool? onlyNew = IncludeViewed ? false : null;
        switch (ParameterSetName)
        {
            case ByIdSet:
                foreach (var id in NotificationId)
                {
                    WriteResult(Client.GetNotificationAsync(call, id), id);
                }
                break;
            case AccountRepliesSet:
                WriteResult(Client.GetAccountRepliesAsync(call, Username, onlyNew), Username, enumerateCollection: true);
                break;
            default:
                WriteResult(Client.GetNotificationsAsync(call, onlyNew), "me", enumerateCollection: true);
                break;
        }
    }
}
