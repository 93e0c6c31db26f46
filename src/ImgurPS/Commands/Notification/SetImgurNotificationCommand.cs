using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Notification;

/// <summary>
/// Set-ImgurNotification -Viewed: marks notifications as viewed. Ids from the whole pipeline go in one request:
/// one id by NO-03, several by NO-04.
/// </summary>
[Cmdlet(VerbsCommon.Set, "ImgurNotification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpPages.Root + "Set-ImgurNotification.md")]
[OutputType(typeof(ImgurNotification))]
public sealed class SetImgurNotificationCommand : ImgurApiCmdlet
{
    private readonly List<long> _ids = new();
    private readonly List<object> _received = new();

    /// <summary>The notifications to mark; binds the NotificationId of notification objects.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public long[] NotificationId { get; set; } = new long[0];

    /// <summary>Marks the notifications as viewed, the one change Imgur allows. Required, so the command says what it does.</summary>
    [Parameter(Mandatory = true)]
    public SwitchParameter Viewed { get; set; }

    /// <summary>The notification objects piped in; with -PassThru they are written back, marked as viewed.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public ImgurNotification? InputObject { get; set; }

    /// <summary>Writes the piped notification objects, marked as viewed, after Imgur accepted the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        if (!Viewed)
        {
            ThrowTerminatingError(new ErrorRecord(
                new PSArgumentException("Imgur can only mark notifications as viewed, not back as new. Use -Viewed."),
                "NotificationViewedOnly",
                ErrorCategory.InvalidArgument,
                null));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        _ids.AddRange(NotificationId.Where(id => !_ids.Contains(id)));
        if (InputObject is not null) _received.Add(InputObject);
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count == 0) return;
        var call = NewCall(requiresUser: true);
        var target = "notification " + string.Join(", ", _ids);
        if (!ShouldChange(target, "Mark as viewed") || !TryAwait(Client.MarkNotificationsViewedAsync(call, _ids), target)) return;
        if (!PassThru) return;
        foreach (var notification in _received.OfType<ImgurNotification>())
        {
            notification.Viewed = true;
            WriteObject(notification);
        }
    }
}
