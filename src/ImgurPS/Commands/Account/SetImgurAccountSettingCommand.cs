using System.Collections.Generic;
using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Account;

/// <summary>Set-ImgurAccountSetting: changes the signed-in user's settings (AC-08); only the parameters given are sent.</summary>
[Cmdlet(VerbsCommon.Set, "ImgurAccountSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpPages.Root + "Set-ImgurAccountSetting.md")]
[OutputType(typeof(ImgurAccountSettings))]
public sealed class SetImgurAccountSettingCommand : ImgurApiCmdlet
{
    /// <summary>The user whose settings change; "me" (the default) is the signed-in user, the only one Imgur lets you change.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "me";

    /// <summary>The profile text.</summary>
    [Parameter]
    public string? Bio { get; set; }

    /// <summary>Whether new uploads are public by default; -PublicImages:$false turns it off.</summary>
    [Parameter]
    public SwitchParameter PublicImages { get; set; }

    /// <summary>Whether others may send you private messages; -MessagingEnabled:$false turns it off.</summary>
    [Parameter]
    public SwitchParameter MessagingEnabled { get; set; }

    /// <summary>Default album privacy: public, hidden or secret (deprecated by Imgur).</summary>
    [Parameter]
    [ValidateSet("public", "hidden", "secret")]
    public string? AlbumPrivacy { get; set; }

    /// <summary>Accepts the gallery terms.</summary>
    [Parameter]
    public SwitchParameter AcceptedGalleryTerms { get; set; }

    /// <summary>A new username: 4 to 63 letters and digits, not taken by anyone else.</summary>
    [Parameter]
    [ValidatePattern("^[A-Za-z0-9]{4,63}$")]
    public string? NewUsername { get; set; }

    /// <summary>Whether mature content is shown; -ShowMature:$false hides it.</summary>
    [Parameter]
    public SwitchParameter ShowMature { get; set; }

    /// <summary>Whether you get Imgur's newsletter; -NewsletterSubscribed:$false unsubscribes.</summary>
    [Parameter]
    public SwitchParameter NewsletterSubscribed { get; set; }

    /// <summary>The avatar to use, by name (see Get-ImgurAccountAvatar -Available).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Avatar { get; set; }

    /// <summary>Writes the settings as they are after the change (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var fields = new List<KeyValuePair<string, string?>>
        {
            new("bio", Bio),
            new("public_images", Flag(nameof(PublicImages), PublicImages)),
            new("messaging_enabled", Flag(nameof(MessagingEnabled), MessagingEnabled)),
            new("album_privacy", AlbumPrivacy?.ToLowerInvariant()),
            new("accepted_gallery_terms", Flag(nameof(AcceptedGalleryTerms), AcceptedGalleryTerms)),
            new("username", NewUsername),
            new("show_mature", Flag(nameof(ShowMature), ShowMature)),
            new("newsletter_subscribed", Flag(nameof(NewsletterSubscribed), NewsletterSubscribed)),
            new("avatar", Avatar),
        };
        fields.RemoveAll(field => field.Value is null);
        if (fields.Count == 0)
        {
            ThrowTerminatingError(new ErrorRecord(
                new PSArgumentException("Set-ImgurAccountSetting was given no setting to change. Give at least one, e.g. -Bio 'hello' or -ShowMature:$false."),
                "NoSettingGiven",
                ErrorCategory.InvalidArgument,
                null));
        }

        var call = NewCall(requiresUser: true);
        var names = string.Join(", ", fields.ConvertAll(field => field.Key));
        if (!ShouldChange(Username, $"Change account settings ({names})")) return;
        if (!TryAwait(Client.SetSettingsAsync(call, Username, fields), Username)) return;
        if (PassThru) WriteResult(Client.GetSettingsAsync(call), Username);
    }

    // Only switches the user gave are sent; the rest keep their value on Imgur.
    private string? Flag(string name, SwitchParameter value) =>
        MyInvocation.BoundParameters.ContainsKey(name) ? (value.IsPresent ? "true" : "false") : null;
}
