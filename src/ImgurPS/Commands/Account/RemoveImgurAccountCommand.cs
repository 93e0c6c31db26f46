using System;
using System.Management.Automation;
using System.Security;
using ImgurPS.Client.Api;

namespace ImgurPS.Commands.Account;

/// <summary>Remove-ImgurAccount: deletes the signed-in user's Imgur account for good (AC-34).</summary>
[Cmdlet(VerbsCommon.Remove, "ImgurAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpPages.Root + "Remove-ImgurAccount.md")]
[OutputType(typeof(void))]
public sealed class RemoveImgurAccountCommand : ImgurApiCmdlet
{
    /// <summary>The account's password, as Imgur asks for it to confirm; a SecureString, or a plain string that is turned into one.</summary>
    [Parameter(Mandatory = true)]
    [SecureStringTransformation]
    public SecureString? Password { get; set; }

    /// <summary>Why the account is deleted; Imgur keeps these for its records.</summary>
    [Parameter]
    public string[] Reason { get; set; } = Array.Empty<string>();

    /// <summary>Free-text feedback for Imgur.</summary>
    [Parameter]
    public string? Feedback { get; set; }

    /// <summary>Deletes without asking for confirmation (-WhatIf and -Confirm still apply).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall(requiresUser: true);
        var account = call.Session.AccountUsername ?? "the signed-in account";
        if (!ShouldChange(account, "Delete the Imgur account and everything in it, for good", Force)) return;
        TryAwait(Client.DeleteAccountAsync(call, SecureStringTransformationAttribute.Reveal(Password) ?? string.Empty, Reason, Feedback), account);
    }
}
