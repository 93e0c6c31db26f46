using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Store;

namespace ImgurPS.Emulator.Routes;

/// <summary>
/// The browser pages of OAuth (spec 1.14, 2.12 OA-01, OA-04), simplified: the authorize page signs
/// in as the seeded user and asks only approve or deny (<c>--auto-approve</c> and <c>--auto-deny</c> answer
/// for the user, so a headless browser can run the whole flow).
/// Results go to the <c>redirect_uri</c> query value, default <c>http://127.0.0.1/</c>, standing in for
/// the callback Imgur keeps with the registration.
/// </summary>
public static class OAuthPageRoutes
{
    const string DefaultRedirect = "http://127.0.0.1/";
    static readonly string[] ResponseTypes = ["token", "code", "pin"];

    public static void Map(ApiPipeline api)
    {
        api.Map(["GET"], "/oauth2/authorize", Metering.Open, Authorize);
        api.Map(["POST"], "/oauth2/authorize", Metering.Open, Decide);
        api.Map(["GET", "POST"], "/oauth2/addclient", Metering.Open, AddClient);
    }

    static Reply Authorize(ApiCall call)
    {
        if (Check(call, out Request request) is { } bad)
        {
            return bad;
        }

        if (call.Options.AutoConsent is { } decision)
        {
            return Conclude(call, request, decision);
        }

        string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{Html(value)}\">";
        return Page(200, "Authorize an application", $"""
            <p>The application <b>{Html(request.ClientId)}</b> asks to use Imgur as <b>{Html(call.State.Store.User.Username)}</b>.</p>
            <form method="post" action="/oauth2/authorize">
            {Hidden("client_id", request.ClientId)}{Hidden("response_type", request.ResponseType)}{Hidden("state", request.State)}{Hidden("redirect_uri", request.RedirectUri)}
            <button type="submit" name="decision" value="approve">Allow</button>
            <button type="submit" name="decision" value="deny">Deny</button>
            </form>
            """);
    }

    static Reply Decide(ApiCall call)
    {
        if (Check(call, out Request request) is { } bad)
        {
            return bad;
        }

        return Conclude(call, request, call.Field("decision"));
    }

    static Reply Conclude(ApiCall call, Request request, string? decision) => decision == "approve"
        ? Approve(call, request)
        : new RedirectReply(WithQuery(request.RedirectUri, [("error", "access_denied"), ("state", request.State)]));

    /// <summary>token: the fragment of spec 1.14; code: <c>?code=&amp;state=</c>; pin: a page showing the PIN.</summary>
    static Reply Approve(ApiCall call, Request request)
    {
        Account user = call.State.Store.User;
        TokenStore tokens = call.State.Tokens;
        switch (request.ResponseType)
        {
            case "code":
                return new RedirectReply(WithQuery(request.RedirectUri, [("code", tokens.Grant(user, 16)), ("state", request.State)]));
            case "pin":
                return Page(200, "Your PIN", $"<p>Enter this PIN in the application: <b id=\"pin\">{tokens.Grant(user, 8)}</b></p>");
            default:
                IssuedToken issued = tokens.IssueFor(user);
                string fragment = Encode(
                [
                    ("access_token", issued.AccessToken),
                    ("expires_in", issued.ExpiresIn.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("token_type", "bearer"),
                    ("refresh_token", issued.RefreshToken),
                    ("account_username", issued.Account.Username),
                    ("account_id", issued.Account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("state", request.State),
                ]);
                return new RedirectReply($"{request.RedirectUri.Split('#')[0]}#{fragment}");
        }
    }

    /// <summary>OA-04: Imgur's registration form; the emulator knows one application and shows it.</summary>
    static Reply AddClient(ApiCall call) => Page(200, "Register an application", $"""
        <form method="post" action="/oauth2/addclient">
        <label>Application name <input name="name"></label>
        <label>Authorization type <select name="type"><option>OAuth 2 authorization with a callback URL</option><option>OAuth 2 authorization without a callback URL</option><option>Anonymous usage without user authorization</option></select></label>
        <label>Authorization callback URL <input name="callback"></label>
        <label>Email <input name="email"></label>
        <button type="submit">Submit</button>
        </form>
        <p>The emulator has one registered application: client id <b id="client_id">{Html(call.Options.ClientId)}</b>, client secret <b id="client_secret">{Html(call.Options.ClientSecret)}</b>.</p>
        """);

    sealed record Request(string ClientId, string ResponseType, string State, string RedirectUri);

    static Reply? Check(ApiCall call, out Request request)
    {
        request = new Request(
            call.Field("client_id") ?? "",
            call.Field("response_type") ?? "",
            call.Field("state") ?? "",
            call.Field("redirect_uri") is { Length: > 0 } uri ? uri : DefaultRedirect);
        if (request.ClientId != call.Options.ClientId)
        {
            return Page(400, "Invalid client_id", $"<p>'{Html(request.ClientId)}' is not a registered client_id; this emulator knows {Html(call.Options.ClientId)}.</p>");
        }

        if (!ResponseTypes.Contains(request.ResponseType))
        {
            return Page(400, "Invalid response_type", $"<p>'{Html(request.ResponseType)}' is not a response_type; use token, code or pin.</p>");
        }

        return Uri.TryCreate(request.RedirectUri, UriKind.Absolute, out _)
            ? null
            : Page(400, "Invalid redirect_uri", $"<p>'{Html(request.RedirectUri)}' is not an absolute URL.</p>");
    }

    static string WithQuery(string uri, IEnumerable<(string, string)> pairs) =>
        uri.Split('#')[0] + (uri.Contains('?') ? "&" : "?") + Encode(pairs);

    static string Encode(IEnumerable<(string Name, string Value)> pairs) =>
        string.Join('&', pairs.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));

    static string Html(string text) => WebUtility.HtmlEncode(text);

    static PageReply Page(int status, string title, string body) => new(status, $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>{Html(title)} - Imgur emulator</title></head>
        <body><h1>{Html(title)}</h1>
        {body}
        </body></html>

        """);
}
