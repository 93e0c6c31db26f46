using System;
using System.Management.Automation;
using System.Security;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>
/// Connect-Imgur: starts a session, anonymous (Client-ID), as a user (a refresh token or an access token),
/// and optionally commercial (RapidAPI). It checks the credentials with /3/credits, which costs no credits.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Imgur", DefaultParameterSetName = AnonymousSet)]
[OutputType(typeof(ImgurConnection))]
public sealed class ConnectImgurCommand : ImgurCmdlet
{
    private const string AnonymousSet = "ClientId";
    private const string RefreshTokenSet = "RefreshToken";
    private const string AccessTokenSet = "AccessToken";

    /// <summary>The application's client id, from https://api.imgur.com/oauth2/addclient.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AnonymousSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = RefreshTokenSet)]
    [Parameter(Position = 0, ParameterSetName = AccessTokenSet)]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    /// <summary>The application's client secret. A plain string is accepted and converted.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenSet)]
    [SecureStringTransformation]
    public SecureString? ClientSecret { get; set; }

    /// <summary>A user's refresh token; Connect-Imgur trades it for an access token. A plain string is accepted.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenSet)]
    [SecureStringTransformation]
    public SecureString? RefreshToken { get; set; }

    /// <summary>A user's access token, used as it is. A plain string is accepted.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    [SecureStringTransformation]
    public SecureString? AccessToken { get; set; }

    /// <summary>The commercial marketplace key (RapidAPI, sent as X-Mashape-Key). A plain string is accepted.</summary>
    [Parameter]
    [SecureStringTransformation]
    public SecureString? RapidApiKey { get; set; }

    /// <summary>The API root: https://api.imgur.com/ by default, the RapidAPI host with -RapidApiKey, or the emulator's address.</summary>
    [Parameter]
    public Uri? BaseUri { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        Uri baseUri;
        try
        {
            baseUri = ImgurEndpoint.Validate(BaseUri ?? (RapidApiKey is null ? ImgurEndpoint.Default : ImgurEndpoint.Commercial));
        }
        catch (ArgumentException error)
        {
            ThrowTerminatingError(ImgurErrors.ToErrorRecord(error, BaseUri));
            return;
        }

        var session = new ImgurSession(baseUri, ClientId);
        session.SetMarketplaceKey(SecureStringTransformationAttribute.Reveal(RapidApiKey));
        session.SetClientSecret(SecureStringTransformationAttribute.Reveal(ClientSecret));
        session.SetRefreshToken(SecureStringTransformationAttribute.Reveal(RefreshToken));
        session.SetAccessToken(SecureStringTransformationAttribute.Reveal(AccessToken));

        var call = CreateCall(session, ImgurFormat.Json);
        try
        {
            if (ParameterSetName == RefreshTokenSet) Await(Client.RefreshAccessTokenAsync(call));
            Await(Client.GetCreditsAsync(call));
        }
        catch (Exception error) when (error is not PipelineStoppedException)
        {
            ThrowTerminatingError(ImgurErrors.ToErrorRecord(error, baseUri));
        }

        ImgurModule.Session = session;
        WriteVerbose($"Connected to {baseUri} ({session.AuthMode}{(session.AccountUsername is null ? string.Empty : " as " + session.AccountUsername)}).");
        WriteObject(session.ToConnection());
    }
}
