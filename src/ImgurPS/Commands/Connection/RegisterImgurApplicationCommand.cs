using System;
using System.Management.Automation;
using ImgurPS.Client;
using ImgurPS.Client.OAuth;

namespace ImgurPS.Commands.Connection;

/// <summary>
/// Register-ImgurApplication: opens Imgur's application registration page (OA-04), where you get the client id
/// and secret that Connect-Imgur needs. The form is for a person to fill in; nothing is sent for you.
/// </summary>
[Cmdlet(VerbsLifecycle.Register, "ImgurApplication", HelpUri = HelpPages.Root + "Register-ImgurApplication.md")]
[OutputType(typeof(Uri))]
public sealed class RegisterImgurApplicationCommand : PSCmdlet
{
    /// <summary>The Imgur site to register with; https://api.imgur.com/ unless you use another (the emulator).</summary>
    [Parameter]
    public Uri? BaseUri { get; set; }

    /// <summary>Opens the page instead of the default browser; receives the address as its argument.</summary>
    [Parameter]
    public ScriptBlock? BrowserCommand { get; set; }

    /// <summary>Writes the page's address to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        Uri page;
        try
        {
            page = new Uri(ImgurEndpoint.Validate(BaseUri ?? ImgurEndpoint.Default), "oauth2/addclient");
        }
        catch (ArgumentException error)
        {
            ThrowTerminatingError(ImgurErrors.ToErrorRecord(error, ImgurEndpoint.WithoutUserInfo(BaseUri)));
            return;
        }

        Host.UI.WriteLine(
            $"Register your application at {page.AbsoluteUri}{Environment.NewLine}"
            + "For Connect-Imgur -Interactive, give http://127.0.0.1:45115/ as the callback URL. Then connect with the client id (and secret) Imgur shows you.");
        if (BrowserCommand is not null) BrowserCommand.Invoke(page.AbsoluteUri);
        else if (!SystemBrowser.TryOpen(page)) WriteVerbose("No browser could be opened here; open the address above yourself.");

        if (PassThru) WriteObject(page);
    }
}
