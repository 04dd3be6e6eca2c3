using Microsoft.AspNetCore.Authentication;

namespace Meetinity.Identity.External;

/// <summary>The properties' items this module adds to a flow.</summary>
internal static class FlowItems
{
    public const string ClientRedirectUriKey = "meetinity.client_redirect_uri";
    public const string AuthUrl = "meetinity.oauth.auth_url";

    /// <summary>The allow-listed client URI the provider redirects to, used in the challenge and again in the code exchange.</summary>
    public static string ClientRedirectUri(this AuthenticationProperties properties) =>
        properties.Items.TryGetValue(ClientRedirectUriKey, out var uri) && uri is not null
            ? uri
            : throw new InvalidOperationException("The flow has no client redirect URI.");
}
