using Meetinity.Core.Errors;
using Meetinity.Core.Users;
using Meetinity.Identity.Auth;
using Meetinity.Identity.Data;
using Meetinity.Identity.Security;
using Meetinity.Settings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.External;

/// <summary>
/// The JSON sign-in flow of the contract: <c>POST /auth/{provider}</c> answers the
/// provider's URL and records a single-use state bound to the provider and the client's
/// challenge; the callback takes that state atomically, checks the client's verifier,
/// and only then lets the provider's handler redeem the code.
/// </summary>
[Route("auth")]
[EnableRateLimiting(IdentityModule.AuthRateLimitPolicy)]
public sealed class ExternalSignInAppService(
    IHttpContextAccessor accessor,
    IAuthenticationHandlerProvider handlers,
    ExternalSignInSettings settings,
    AccountsDbContext db,
    SignInCompletion completion,
    SecurityLog securityLog,
    ICurrentUser currentUser,
    ISettingProvider runtimeSettings,
    TimeProvider time) : IExternalSignInAppService
{
    private HttpContext Http => accessor.HttpContext!;

    [HttpPost("{provider}")]
    public Task<AuthUrlDto> StartAsync(string provider, StartSignInInput input) => BeginAsync(provider, input, linkAccountId: null);

    [HttpPost("{provider}/link")]
    [Authorize]
    public Task<AuthUrlDto> StartLinkAsync(string provider, StartSignInInput input) => BeginAsync(provider, input, currentUser.Id);

    [HttpPost("{provider}/callback")]
    public Task<TokenResponse> CallbackAsync(string provider, CallbackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CompleteAsync(provider, input);
    }

    [HttpGet("{provider}/callback")]
    public Task<TokenResponse> CallbackFromQueryAsync(
        string provider, string? code, string? state, [FromQuery(Name = "client_verifier")] string? clientVerifier, string? error) =>
        CompleteAsync(provider, new CallbackInput(code, state, clientVerifier, error));

    [HttpDelete("logins/{provider}")]
    [Authorize]
    public Task UnlinkAsync(string provider) => completion.UnlinkAsync(currentUser.Id!.Value, KnownProvider(provider), RequestOrigin.From(Http));

    private async Task<AuthUrlDto> BeginAsync(string provider, StartSignInInput? input, Guid? linkAccountId)
    {
        Configured(provider);
        var challenge = input?.ClientChallenge;
        if (string.IsNullOrEmpty(challenge))
        {
            throw new BusinessException("client_challenge_required",
                "client_challenge is required: BASE64URL(SHA-256(client_verifier)) of a random client_verifier that the client keeps.");
        }

        if (!ClientProof.IsChallenge(challenge))
        {
            throw new RequestValidationException("client_challenge", "client_challenge must be 43 base64url characters (a SHA-256 digest).");
        }

        var redirectUri = input?.RedirectUri ?? settings.RedirectsFor(provider).FirstOrDefault()
            ?? throw new BusinessException("redirect_uri_required", "No default redirect URI is configured for this provider; send redirect_uri.");
        if (!settings.RedirectsFor(provider).Contains(redirectUri, StringComparer.Ordinal))
        {
            throw new BusinessException("redirect_uri_not_allowed", "redirect_uri is not one of the allowed client redirect URIs.");
        }

        var properties = new AuthenticationProperties();
        properties.Items[FlowItems.ClientRedirectUriKey] = redirectUri;
        await Http.ChallengeAsync(provider, properties);
        var (key, protectedProperties) = (KeyValuePair<string, AuthenticationProperties>)Http.Items[ClientBoundStateFormat.PendingItem]!;
        var now = time.GetUtcNow();
        await db.OAuthStates.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(Http.RequestAborted);
        db.OAuthStates.Add(new OAuthState
        {
            Key = key,
            Provider = provider,
            Properties = PropertiesSerializer.Default.Serialize(protectedProperties),
            ClientChallenge = challenge,
            RedirectUri = redirectUri,
            LinkAccountId = linkAccountId,
            CreatedAt = now,
            ExpiresAt = now + OAuthState.Lifetime,
        });
        await db.SaveChangesAsync(Http.RequestAborted);
        return new AuthUrlDto((string)Http.Items[FlowItems.AuthUrl]!);
    }

    private async Task<TokenResponse> CompleteAsync(string provider, CallbackInput input)
    {
        Configured(provider);
        var origin = RequestOrigin.From(Http);
        if (!string.IsNullOrEmpty(input.Error))
        {
            await TakeStateAsync(provider, input.State, challenge: null);
            await FailAsync(origin, provider, "The provider reported an error instead of a code.");
            throw new BusinessException("provider_denied", "The sign-in was cancelled or refused at the provider.");
        }

        RequireCallbackFields(input);
        var state = await TakeStateAsync(provider, input.State!, ClientProof.ChallengeOf(input.ClientVerifier!));
        if (state is null)
        {
            // The flow is left as it was: a wrong verifier does not spend someone else's state.
            if (await db.OAuthStates.AnyAsync(s => s.Key == input.State && s.Provider == provider && s.ExpiresAt > time.GetUtcNow(), Http.RequestAborted))
            {
                await FailAsync(origin, provider, "The client verifier did not match the flow's challenge.");
                throw new BusinessException("invalid_client_verifier", "client_verifier does not match the client_challenge that started this sign-in.");
            }

            throw new BusinessException("invalid_state", "The state is unknown, expired, already used or belongs to another provider; start the sign-in again.");
        }

        var identity = await RedeemAsync(provider, state, input.Code!, origin);
        return await completion.CompleteAsync(identity, state.LinkAccountId, origin, Http.RequestAborted);
    }

    private async Task<ExternalIdentity> RedeemAsync(string provider, OAuthState state, string code, RequestOrigin origin)
    {
        var properties = PropertiesSerializer.Default.Deserialize(state.Properties)!;
        Http.Items[ClientBoundStateFormat.TakenItem] = new KeyValuePair<string, AuthenticationProperties>(state.Key, properties);
        Http.Request.Query = new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["state"] = state.Key,
            ["code"] = code,
        });
        var handler = (IClientBoundOAuthHandler)(await handlers.GetHandlerAsync(Http, provider))!;
        HandleRequestResult result;
        try
        {
            result = await handler.RedeemAsync();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !Http.RequestAborted.IsCancellationRequested)
        {
            await FailAsync(origin, provider, "The provider could not be reached or answered with an error.");
            throw ProviderFailed();
        }

        if (result.Succeeded && ExternalIdentity.From(provider, result.Principal!) is { } identity)
        {
            return identity;
        }

        await FailAsync(origin, provider, "The provider did not complete the sign-in.");
        throw ProviderFailed();
    }

    /// <summary>Deletes and returns the flow's state row in one statement, so two instances can never both use it.</summary>
    private async Task<OAuthState?> TakeStateAsync(string provider, string? key, string? challenge)
    {
        if (string.IsNullOrEmpty(key) || key.Length != OAuthState.KeyLength)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var statement = challenge is null
            ? db.OAuthStates.FromSql($"DELETE FROM identity.oauth_states WHERE key = {key} AND provider = {provider} AND expires_at > {now} RETURNING *")
            : db.OAuthStates.FromSql($"DELETE FROM identity.oauth_states WHERE key = {key} AND provider = {provider} AND expires_at > {now} AND client_challenge = {challenge} RETURNING *");
        var taken = await statement.AsNoTracking().ToListAsync(Http.RequestAborted);
        return taken.SingleOrDefault();
    }

    private async Task FailAsync(RequestOrigin origin, string provider, string detail)
    {
        securityLog.Add(SecurityEventTypes.SignInFailed, null, origin, provider, detail);
        await db.SaveChangesAsync(Http.RequestAborted);
    }

    private static void RequireCallbackFields(CallbackInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(input.Code))
        {
            errors["code"] = ["code is required."];
        }

        if (string.IsNullOrEmpty(input.State))
        {
            errors["state"] = ["state is required."];
        }

        if (string.IsNullOrEmpty(input.ClientVerifier) || !ClientProof.IsVerifier(input.ClientVerifier))
        {
            errors["client_verifier"] = ["client_verifier is required: the 43 to 128 characters of [A-Za-z0-9-._~] whose hash was sent as client_challenge."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    private void Configured(string provider)
    {
        if (!settings.Providers.ContainsKey(KnownProvider(provider)))
        {
            throw new BusinessException("provider_not_configured", $"Sign-in with {provider} is not configured on this server.");
        }

        if (!runtimeSettings.GetBool(IdentitySettingNames.EnabledSettingOf(provider)))
        {
            throw new BusinessException("provider_disabled", $"Sign-in with {provider} is turned off.");
        }
    }

    private static string KnownProvider(string provider) =>
        ExternalProviders.All.Contains(provider) ? provider : throw new NotFoundException($"There is no sign-in provider named '{provider}'.");

    private static ApiException ProviderFailed() =>
        new(502, "provider_error", "The sign-in provider did not complete the sign-in. Try again later.");
}
