using System.Security.Claims;

namespace Meetinity.Identity.External;

/// <summary>Who the provider says signed in, and whether it vouches for the e-mail address.</summary>
public sealed record ExternalIdentity(string Provider, string ProviderKey, string? Email, bool EmailVouched, string? Name, string? PictureUrl)
{
    public const string EmailVerifiedClaim = "email_verified";
    public const string HostedDomainClaim = "hd";
    public const string PictureClaim = "picture";

    /// <summary>
    /// Google vouches for an address when <c>email_verified</c> is true and it is a Gmail
    /// address or belongs to a Workspace domain (<c>hd</c>); LinkedIn when <c>email_verified</c> is true.
    /// </summary>
    public static ExternalIdentity? From(string provider, ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var key = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var email = principal.FindFirst(ClaimTypes.Email)?.Value is { Length: > 0 } address ? address.Trim() : null;
        var verified = string.Equals(principal.FindFirst(EmailVerifiedClaim)?.Value, "true", StringComparison.OrdinalIgnoreCase);
        if (provider == ExternalProviders.Google && email is not null)
        {
            var gmail = email.EndsWith("@gmail.com", StringComparison.OrdinalIgnoreCase) || email.EndsWith("@googlemail.com", StringComparison.OrdinalIgnoreCase);
            verified &= gmail || !string.IsNullOrEmpty(principal.FindFirst(HostedDomainClaim)?.Value);
        }

        return new ExternalIdentity(provider, key, email, email is not null && verified,
            principal.FindFirst(ClaimTypes.Name)?.Value, principal.FindFirst(PictureClaim)?.Value);
    }
}
