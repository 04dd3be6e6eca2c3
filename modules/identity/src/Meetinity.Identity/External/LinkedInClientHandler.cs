using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Meetinity.Identity.External;

/// <summary>
/// The framework's generic OAuth handler set up for LinkedIn's OpenID Connect endpoints:
/// no PKCE (LinkedIn refuses it for web apps), the client secret in the token request's
/// body, and the person's claims from the userinfo endpoint. Client-bound like Google's.
/// </summary>
internal sealed class LinkedInClientHandler(IOptionsMonitor<OAuthOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : OAuthHandler<OAuthOptions>(options, logger, encoder), IClientBoundOAuthHandler
{
    public Task<HandleRequestResult> RedeemAsync() => HandleRemoteAuthenticateAsync();

    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri) =>
        base.BuildChallengeUrl(properties, properties.ClientRedirectUri());

    protected override Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context) =>
        base.ExchangeCodeAsync(new OAuthCodeExchangeContext(context.Properties, context.Code, context.Properties.ClientRedirectUri()));

    protected override void GenerateCorrelationId(AuthenticationProperties properties)
    {
    }

    protected override bool ValidateCorrelationId(AuthenticationProperties properties) => true;

    protected override async Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Options.UserInformationEndpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Backchannel.SendAsync(request, Context.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The userinfo endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Context.RequestAborted));
        var context = new OAuthCreatingTicketContext(new ClaimsPrincipal(identity), properties, Context, Scheme, Options, Backchannel, tokens, payload.RootElement);
        context.RunClaimActions();
        await Events.CreatingTicket(context);
        return new AuthenticationTicket(context.Principal!, context.Properties, Scheme.Name);
    }
}
