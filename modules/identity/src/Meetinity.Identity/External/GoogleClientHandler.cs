using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Google;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Meetinity.Identity.External;

/// <summary>
/// The framework's Google handler (code exchange with PKCE, userinfo, claim mapping),
/// with the client's redirect URI instead of a callback on this service and no
/// correlation cookie: the single-use state row binds the flow instead.
/// </summary>
internal sealed class GoogleClientHandler(IOptionsMonitor<GoogleOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : GoogleHandler(options, logger, encoder), IClientBoundOAuthHandler
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
}
