using System;
using System.IO;
using System.Management.Automation;
using System.Security;
using ImgurPS.Client;
using ImgurPS.Client.Api;
using ImgurPS.Client.OAuth;
using ImgurPS.Client.Persistence;
using ImgurPS.Models;

namespace ImgurPS.Commands.Connection;

/// <summary>
/// Connect-Imgur: starts a session, anonymous (Client-ID), as a user (a refresh token or an access token),
/// optionally commercial (RapidAPI), or from the session saved with -Persist. It checks the credentials with
/// /3/credits, which costs no credits.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Imgur", DefaultParameterSetName = SavedSet, HelpUri = HelpPages.Root + "Connect-Imgur.md")]
[OutputType(typeof(ImgurConnection))]
public sealed class ConnectImgurCommand : ImgurCmdlet
{
    private const string SavedSet = "Saved";
    private const string AnonymousSet = "ClientId";
    private const string RefreshTokenSet = "RefreshToken";
    private const string AccessTokenSet = "AccessToken";
    private const string InteractiveSet = "Interactive";
    private const string RefreshTokenCredentialSet = "RefreshTokenCredential";
    private const string InteractiveCredentialSet = "InteractiveCredential";

    /// <summary>The application's client id, from https://api.imgur.com/oauth2/addclient.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AnonymousSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = RefreshTokenSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InteractiveSet)]
    [Parameter(Position = 0, ParameterSetName = AccessTokenSet)]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    /// <summary>
    /// The application's client id as the user name and its client secret as the password, as Get-Credential and an
    /// Azure Automation credential (Get-AutomationPSCredential) hold them; instead of -ClientId and -ClientSecret.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenCredentialSet)]
    [Parameter(Mandatory = true, ParameterSetName = InteractiveCredentialSet)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>Signs in through Imgur's consent page in the browser; the tokens come back to a listener on this machine.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InteractiveSet)]
    [Parameter(Mandatory = true, ParameterSetName = InteractiveCredentialSet)]
    public SwitchParameter Interactive { get; set; }

    /// <summary>The redirect address registered for your app; the sign-in listens there (http, 127.0.0.1 only).</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveCredentialSet)]
    [ValidateNotNull]
    public Uri RedirectUri { get; set; } = new("http://127.0.0.1:45115/");

    /// <summary>How long to wait for the browser sign-in, in seconds.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveCredentialSet)]
    [ValidateRange(1, 3600)]
    public int SignInTimeoutSec { get; set; } = 180;

    /// <summary>
    /// How long one attempt of this session's requests waits for Imgur's answer, in seconds (1 to 3600), instead of
    /// Set-ImgurOption -TimeoutSec; the credential check of this command already uses it.
    /// </summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int? TimeoutSec { get; set; }

    /// <summary>Opens the consent page instead of the default browser; receives the address as its argument.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveCredentialSet)]
    public ScriptBlock? BrowserCommand { get; set; }

    /// <summary>The application's client secret. A plain string is accepted and converted.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = InteractiveSet)]
    [SecureStringTransformation]
    public SecureString? ClientSecret { get; set; }

    /// <summary>A user's refresh token; Connect-Imgur trades it for an access token. A plain string is accepted.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenSet)]
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenCredentialSet)]
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
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = RefreshTokenCredentialSet)]
    [Parameter(ParameterSetName = InteractiveCredentialSet)]
    [SecureStringTransformation]
    public SecureString? RapidApiKey { get; set; }

    /// <summary>The marketplace host for -RapidApiKey, sent as x-rapidapi-host and the default address; imgur-apiv3.p.rapidapi.com by default.</summary>
    [Parameter(ParameterSetName = AnonymousSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = AccessTokenSet)]
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = RefreshTokenCredentialSet)]
    [Parameter(ParameterSetName = InteractiveCredentialSet)]
    [ValidateNotNullOrEmpty]
    public string RapidApiHost { get; set; } = ImgurEndpoint.CommercialHost;

    /// <summary>The API root: https://api.imgur.com/ by default, https://(-RapidApiHost)/ with -RapidApiKey, or the emulator's address.</summary>
    [Parameter(ParameterSetName = AnonymousSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = AccessTokenSet)]
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = RefreshTokenCredentialSet)]
    [Parameter(ParameterSetName = InteractiveCredentialSet)]
    public Uri? BaseUri { get; set; }

    /// <summary>
    /// Saves the session (client id, client secret, refresh token, account; never the access token) in your
    /// profile, readable by you alone, so that Connect-Imgur with no parameters signs in again later.
    /// </summary>
    [Parameter(ParameterSetName = AnonymousSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = RefreshTokenCredentialSet)]
    [Parameter(ParameterSetName = InteractiveCredentialSet)]
    public SwitchParameter Persist { get; set; }

    /// <summary>
    /// Writes the new connection and leaves the default connection as it is, so that a script can hold a second
    /// account and pass it with -Connection. Without it, the new connection becomes the default (and is written too).
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var store = SessionStore.ForCurrentUser();
        var session = ParameterSetName == SavedSet ? Restore(store) : FromParameters();

        if (TimeoutSec is { } timeout) session.Timeout = TimeSpan.FromSeconds(timeout);
        if (Interactive) SignInInBrowser(session);

        var call = CreateCall(session, ImgurFormat.Json);
        try
        {
            if (session.AccessToken is null && session.CanRefresh) Await(Client.RefreshAccessTokenAsync(call));
            Await(Client.GetCreditsAsync(call));
        }
        catch (Exception error) when (error is not PipelineStoppedException)
        {
            Fail(ImgurErrors.ToErrorRecord(error, session.BaseUri));
        }

        // Kept before saving: a save that fails must not lose a session whose refresh token Imgur may have rotated.
        if (!PassThru) ImgurModule.DefaultSession = session;
        if (Persist)
        {
            FollowRefreshes(store, session);
            try
            {
                Save(store, session);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Setting an unreadable file aside can fail too, before the save is tried.
                var notSaved = error as SessionNotSavedException ?? new SessionNotSavedException(store.FilePath, error, afterRefresh: false);
                WriteError(new ErrorRecord(notSaved, "ImgurSessionNotSaved", ErrorCategory.WriteError, store.FilePath));
            }
        }

        WriteVerbose($"Connected to {session.BaseUri} ({session.AuthMode}{(session.AccountUsername is null ? string.Empty : " as " + session.AccountUsername)}).");
        WriteObject(session.ToConnection());
    }

    /// <summary>
    /// Stops the command. A failed Connect-Imgur changes nothing, so its error says which connection is still the
    /// default, for a script that goes on.
    /// </summary>
    private void Fail(ErrorRecord record)
    {
        var still = ImgurModule.DefaultSession is { Ended: false } current
            ? $"The default connection is still '{current.Connection}'."
            : "There is no default connection.";
        var details = record.ErrorDetails ?? new ErrorDetails(record.Exception.Message);
        record.ErrorDetails = new ErrorDetails($"{details.Message.TrimEnd('.')}. {still}") { RecommendedAction = details.RecommendedAction };
        ThrowTerminatingError(record);
    }

    private ImgurSession FromParameters()
    {
        if (RapidApiKey is null && MyInvocation.BoundParameters.ContainsKey(nameof(RapidApiHost)))
        {
            Fail(ImgurErrors.ToErrorRecord(
                new ArgumentException("-RapidApiHost names the marketplace host of a commercial session; give -RapidApiKey with it.", nameof(RapidApiHost)),
                RapidApiHost));
        }

        Uri baseUri;
        string marketplaceHost;
        try
        {
            marketplaceHost = ImgurEndpoint.ValidateHost(RapidApiHost);
            baseUri = ImgurEndpoint.Validate(BaseUri ?? (RapidApiKey is null ? ImgurEndpoint.Default : ImgurEndpoint.Commercial(marketplaceHost)));
        }
        catch (ArgumentException error)
        {
            Fail(ImgurErrors.ToErrorRecord(error, error.ParamName == "host" ? RapidApiHost : ImgurEndpoint.WithoutUserInfo(BaseUri)));
            throw;
        }

        var session = new ImgurSession(baseUri, Credential?.UserName ?? ClientId) { MarketplaceHost = marketplaceHost };
        session.SetMarketplaceKey(SecureStringTransformationAttribute.Reveal(RapidApiKey));
        session.SetClientSecret(SecureStringTransformationAttribute.Reveal(Credential?.Password ?? ClientSecret));
        session.SetRefreshToken(SecureStringTransformationAttribute.Reveal(RefreshToken));
        session.SetAccessToken(SecureStringTransformationAttribute.Reveal(AccessToken));
        return session;
    }

    private void SignInInBrowser(ImgurSession session)
    {
        SignInResult result;
        try
        {
            using var signIn = new LoopbackSignIn(RedirectUri);
            signIn.Start();
            // The consent page lives on Imgur's own host even when requests go through the marketplace.
            var consent = signIn.AuthorizeUri(session.IsCommercial ? ImgurEndpoint.Default : session.BaseUri, session.ClientId!);
            Host.UI.WriteLine($"Sign in to Imgur in your browser and allow ImgurPS. If no browser opens, visit:{Environment.NewLine}{consent.AbsoluteUri}");
            OpenBrowser(consent);
            result = Await(signIn.WaitAsync(TimeSpan.FromSeconds(SignInTimeoutSec), CreateCall(session, ImgurFormat.Json).Note, StopToken));
        }
        catch (ImgurSignInException error)
        {
            var (id, category) = error.Reason switch
            {
                SignInFailure.Denied => ("ImgurSignInDenied", ErrorCategory.PermissionDenied),
                SignInFailure.TimedOut => ("ImgurSignInTimedOut", ErrorCategory.OperationTimeout),
                _ => ("ImgurSignInFailed", ErrorCategory.InvalidResult),
            };
            Fail(new ErrorRecord(error, id, category, RedirectUri));
            throw;
        }
        catch (Exception error) when (error is ArgumentException or IOException)
        {
            Fail(ImgurErrors.ToErrorRecord(error, RedirectUri));
            throw;
        }

        session.SetAccessToken(result.AccessToken);
        session.SetRefreshToken(result.RefreshToken);
        session.AccountUsername = result.AccountUsername;
        session.AccountId = result.AccountId;
        session.SetAccessTokenLifetime(result.ExpiresIn);
    }

    private void OpenBrowser(Uri consent)
    {
        if (BrowserCommand is not null)
        {
            BrowserCommand.Invoke(consent.AbsoluteUri);
            return;
        }

        if (!SystemBrowser.TryOpen(consent))
        {
            WriteWarning("No browser could be opened here; open the address above in a browser on this machine.");
        }
    }

    private ImgurSession Restore(SessionStore store)
    {
        if (!store.Exists)
        {
            Fail(new ErrorRecord(
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
        catch (UnsafeSavedSessionException error)
        {
            Fail(new ErrorRecord(error, "ImgurSavedSessionUnsafe", ErrorCategory.SecurityError, store.FilePath));
            throw;
        }
        catch (Exception error) when (error is InvalidDataException or ArgumentException or UriFormatException)
        {
            WriteWarning(error.Message);
            Fail(new ErrorRecord(error, "ImgurSavedSessionUnreadable", ErrorCategory.InvalidData, store.FilePath));
            throw;
        }
    }

    private void Save(SessionStore store, ImgurSession session)
    {
        if (store.Exists && !IsReadable(store))
        {
            WriteWarning($"The saved Imgur session in '{store.FilePath}' could not be read; it was kept as '{store.SetAside()}' and a new one is saved.");
        }

        store.SaveOrExplain(SavedSession.From(session), afterRefresh: false);
        session.SavedAt = store.FilePath;
    }

    // A refresh may rotate the refresh token; the saved copy must follow, or it stops working.
    private static void FollowRefreshes(SessionStore store, ImgurSession session) =>
        session.TokensRefreshed = refreshed =>
        {
            store.SaveOrExplain(SavedSession.From(refreshed), afterRefresh: true);
            refreshed.SavedAt = store.FilePath;
        };

    private static bool IsReadable(SessionStore store)
    {
        try
        {
            store.Load();
            return true;
        }
        catch (Exception error) when (error is InvalidDataException or UnsafeSavedSessionException)
        {
            return false;
        }
    }
}
