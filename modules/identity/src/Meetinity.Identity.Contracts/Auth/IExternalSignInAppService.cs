using Meetinity.Core;

namespace Meetinity.Identity.Auth;

/// <summary>Sign-in and account linking with Google and LinkedIn, bound to the client that started the flow.</summary>
public interface IExternalSignInAppService : IApplicationService
{
    /// <summary><c>POST /auth/{provider}</c>: where to send the person to sign in.</summary>
    Task<AuthUrlDto> StartAsync(string provider, StartSignInInput input);

    /// <summary><c>POST /auth/{provider}/callback</c>: the client relays code, state and its verifier.</summary>
    Task<TokenResponse> CallbackAsync(string provider, CallbackInput input);

    /// <summary><c>GET /auth/{provider}/callback?code=..&amp;state=..&amp;client_verifier=..</c>, the original service's form.</summary>
    Task<TokenResponse> CallbackFromQueryAsync(string provider, string? code, string? state, string? clientVerifier, string? error);

    /// <summary><c>POST /auth/{provider}/link</c>: like sign-in, but adds the provider to the caller's account.</summary>
    Task<AuthUrlDto> StartLinkAsync(string provider, StartSignInInput input);

    /// <summary><c>DELETE /auth/logins/{provider}</c>: removes a provider from the caller's account.</summary>
    Task UnlinkAsync(string provider);
}
