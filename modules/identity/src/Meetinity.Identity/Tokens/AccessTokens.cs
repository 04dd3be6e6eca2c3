using System.Security.Claims;
using Meetinity.Core.Users;
using Meetinity.Identity.Accounts;
using Meetinity.Settings;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Meetinity.Identity.Tokens;

/// <summary>
/// Issues the service's access tokens (<c>typ: at+jwt</c>) and holds the one set of
/// validation rules that <c>/auth/verify</c> and every protected endpoint apply.
/// </summary>
public sealed class AccessTokens(JwtSettings settings, SigningKeyRing keys, ISettingProvider runtimeSettings, TimeProvider time)
{
    public const string TokenType = "at+jwt";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>The current access-token lifetime (a setting admins may change at runtime).</summary>
    public int LifetimeSeconds => runtimeSettings.GetInt(IdentitySettingNames.AccessTokenMinutes) * 60;

    public TokenValidationParameters ValidationParameters => field ??= new()
    {
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore.Value - ClockSkew <= now) && expires is not null && expires.Value + ClockSkew > now;
        },
        ValidIssuer = settings.Issuer,
        ValidAudience = settings.Audience,
        ValidAlgorithms = [settings.Algorithm],
        ValidTypes = [TokenType],
        IssuerSigningKeys = keys.VerificationKeys,
        ClockSkew = ClockSkew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        NameClaimType = MeetinityClaims.Name,
        RoleClaimType = MeetinityClaims.Role,
    };

    /// <summary>Issues a token for <paramref name="lifetimeSeconds"/> (read once by the caller, so the token and its <c>expires_in</c> agree).</summary>
    public string Issue(Account account, Guid sessionId, int lifetimeSeconds)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [MeetinityClaims.Subject] = account.Id.ToString(),
            [MeetinityClaims.SessionId] = sessionId.ToString(),
            [MeetinityClaims.Role] = account.Role,
            [JwtRegisteredClaimNames.Jti] = Guid.CreateVersion7().ToString(),
        };
        if (account.Email is not null)
        {
            claims[MeetinityClaims.Email] = account.Email;
        }

        if (account.Name is not null)
        {
            claims[MeetinityClaims.Name] = account.Name;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddSeconds(lifetimeSeconds),
            Claims = claims,
            TokenType = TokenType,
            SigningCredentials = keys.Credentials,
        });
    }

    /// <summary>Validates a token with the same rules as the bearer handler; null when it is not valid.</summary>
    public async Task<ClaimsIdentity?> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, ValidationParameters);
        return result.IsValid ? result.ClaimsIdentity : null;
    }
}
