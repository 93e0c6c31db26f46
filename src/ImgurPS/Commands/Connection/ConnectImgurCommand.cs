using System;
using System.IO;
using System.Management.Automation;
using System.Security;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Client.Persistence;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>
/// Connect-Imgur: starts a session, anonymous (Client-ID), as a user (a refresh token or an access token),
/// optionally commercial (RapidAPI), or from the session saved with -Persist. It checks the credentials with
/// /3/credits, which costs no credits.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Imgur", DefaultParameterSetName = SavedSet)]
[OutputType(typeof(ImgurConnection))]
public sealed class ConnectImgurCommand : ImgurCmdlet
{
    private const string SavedSet = "Saved";
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
    [Parameter(ParameterSetName = AnonymousSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = AccessTokenSet)]
    [SecureStringTransformation]
    public SecureString? RapidApiKey { get; set; }

    /// <summary>The API root: https://api.imgur.com/ by default, the RapidAPI host with -RapidApiKey, or the emulator's address.</summary>
    [Parameter(ParameterSetName = AnonymousSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = AccessTokenSet)]
    public Uri? BaseUri { get; set; }

    /// <summary>
    /// Saves the session (client id, client secret, refresh token, account; never the access token) in your
    /// profile, readable by you alone, so that Connect-Imgur with no parameters signs in again later.
    /// </summary>
    [Parameter(ParameterSetName = AnonymousSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    public SwitchParameter Persist { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var store = SessionStore.ForCurrentUser();
        var session = ParameterSetName == SavedSet ? Restore(store) : FromParameters();

        var call = CreateCall(session, ImgurFormat.Json);
        try
        {
            if (session.AccessToken is null && session.CanRefresh) Await(Client.RefreshAccessTokenAsync(call));
            Await(Client.GetCreditsAsync(call));
        }
        catch (Exception error) when (error is not PipelineStoppedException)
        {
            ThrowTerminatingError(ImgurErrors.ToErrorRecord(error, session.BaseUri));
        }

        if (Persist)
        {
            Save(store, session);
            FollowRefreshes(store, session);
        }

        ImgurModule.Session = session;
        WriteVerbose($"Connected to {session.BaseUri} ({session.AuthMode}{(session.AccountUsername is null ? string.Empty : " as " + session.AccountUsername)}).");
        WriteObject(session.ToConnection());
    }

    private ImgurSession FromParameters()
    {
        Uri baseUri;
        try
        {
            baseUri = ImgurEndpoint.Validate(BaseUri ?? (RapidApiKey is null ? ImgurEndpoint.Default : ImgurEndpoint.Commercial));
        }
        catch (ArgumentException error)
        {
            ThrowTerminatingError(ImgurErrors.ToErrorRecord(error, BaseUri));
            throw;
        }

        var session = new ImgurSession(baseUri, ClientId);
        session.SetMarketplaceKey(SecureStringTransformationAttribute.Reveal(RapidApiKey));
        session.SetClientSecret(SecureStringTransformationAttribute.Reveal(ClientSecret));
        session.SetRefreshToken(SecureStringTransformationAttribute.Reveal(RefreshToken));
        session.SetAccessToken(SecureStringTransformationAttribute.Reveal(AccessToken));
        return session;
    }

    private ImgurSession Restore(SessionStore store)
    {
        if (!store.Exists)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("There is no saved Imgur session. Connect with -ClientId (and -ClientSecret -RefreshToken to sign in as a user), adding -Persist to save the session."),
                "ImgurNoSavedSession",
                ErrorCategory.ObjectNotFound,
                store.FilePath));
        }

        try
        {
            var session = store.Load().ToSession();
            session.SavedAt = store.FilePath;
            FollowRefreshes(store, session);
            return session;
        }
        catch (Exception error) when (error is InvalidDataException or ArgumentException or UriFormatException)
        {
            WriteWarning(error.Message);
            ThrowTerminatingError(new ErrorRecord(error, "ImgurSavedSessionUnreadable", ErrorCategory.InvalidData, store.FilePath));
            throw;
        }
    }

    private void Save(SessionStore store, ImgurSession session)
    {
        if (store.Exists && !IsReadable(store))
        {
            WriteWarning($"The saved Imgur session in '{store.FilePath}' could not be read; it was kept as '{store.SetAside()}' and a new one is saved.");
        }

        store.Save(SavedSession.From(session));
        session.SavedAt = store.FilePath;
    }

    // A refresh may rotate the refresh token; the saved copy must follow, or it stops working.
    private static void FollowRefreshes(SessionStore store, ImgurSession session) =>
        session.TokensRefreshed = refreshed => store.Save(SavedSession.From(refreshed));

    private static bool IsReadable(SessionStore store)
    {
        try
        {
            store.Load();
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
