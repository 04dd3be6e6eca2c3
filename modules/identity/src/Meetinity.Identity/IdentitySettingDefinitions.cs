using Meetinity.Settings;
using static Meetinity.Identity.IdentitySettingNames;

namespace Meetinity.Identity;

/// <summary>What admins may tune in the Identity module, and what they may only look at.</summary>
internal sealed class IdentitySettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Definitions { get; } =
    [
        new(AccessTokenMinutes, SettingType.Integer, "15", "Access-token lifetime in minutes (JWT_TTL_MIN).") { ConfigurationKey = "Jwt:AccessTokenMinutes", Minimum = 1, Maximum = 1440 },
        new(RefreshTokenDays, SettingType.Integer, "30", "Refresh-token lifetime in days (REFRESH_TTL_DAYS).") { ConfigurationKey = "Jwt:RefreshTokenDays", Minimum = 1, Maximum = 365 },
        new(SessionMaxDays, SettingType.Integer, "90", "Absolute session lifetime in days (SESSION_MAX_DAYS).") { ConfigurationKey = "Jwt:SessionMaxDays", Minimum = 1, Maximum = 3650 },
        new(GoogleEnabled, SettingType.Boolean, "true", "Whether sign-in with Google is offered (when it is configured).") { ConfigurationKey = "Identity:GoogleEnabled" },
        new(LinkedInEnabled, SettingType.Boolean, "true", "Whether sign-in with LinkedIn is offered (when it is configured).") { ConfigurationKey = "Identity:LinkedInEnabled" },
        new(AuthRateLimitPerMinute, SettingType.Integer, "30", "Requests per minute and client IP to the /auth entry points.") { ConfigurationKey = "Identity:RateLimit:PermitsPerMinute", Minimum = 1, Maximum = 100_000 },
        new(AllowedRedirects, SettingType.StringList, null, "Client redirect URIs besides the providers' own (ALLOWED_REDIRECTS).") { ConfigurationKey = "Identity:AllowedRedirects", ConfigurationOnly = true },
        new(AdminEmails, SettingType.StringList, null, "Verified e-mail addresses that sign in as admins (ADMIN_EMAILS).") { ConfigurationKey = "Identity:AdminEmails", ConfigurationOnly = true },
        new(JwtSecret, SettingType.String, null, "The HS* signing secret (JWT_SECRET).") { ConfigurationKey = "Jwt:Secret", ConfigurationOnly = true, IsSecret = true },
        new(GoogleClientSecret, SettingType.String, null, "Google client secret (GOOGLE_CLIENT_SECRET).") { ConfigurationKey = "Google:ClientSecret", ConfigurationOnly = true, IsSecret = true },
        new(LinkedInClientSecret, SettingType.String, null, "LinkedIn client secret (LINKEDIN_CLIENT_SECRET).") { ConfigurationKey = "LinkedIn:ClientSecret", ConfigurationOnly = true, IsSecret = true },
    ];
}
