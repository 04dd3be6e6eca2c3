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
        new(PasswordMinLength, SettingType.Integer, "8", "Shortest password accepted (NIST SP 800-63B: at least 8).") { Minimum = 8, Maximum = 64 },
        new(LockoutMaxFailures, SettingType.Integer, "5", "Failed logins in a row that lock an account.") { Minimum = 1, Maximum = 100 },
        new(LockoutMinutes, SettingType.Integer, "15", "How long a locked account stays locked, in minutes.") { Minimum = 1, Maximum = 1440 },
        new(EmailVerificationHours, SettingType.Integer, "24", "Lifetime of an e-mail verification link, in hours.") { Minimum = 1, Maximum = 168 },
        new(PasswordResetMinutes, SettingType.Integer, "60", "Lifetime of a password reset link, in minutes.") { Minimum = 5, Maximum = 1440 },
        new(FrontendUrl, SettingType.String, "http://localhost:3000", "Base of the links in mails (FRONTEND_URL); never taken from a request.") { ConfigurationKey = "App:FrontendUrl", ConfigurationOnly = true },
        new(SmtpHost, SettingType.String, null, "SMTP server (SMTP_HOST); without it mails are written as .eml files under instance/mail.") { ConfigurationKey = "Smtp:Host", ConfigurationOnly = true },
        new(SmtpPort, SettingType.Integer, "587", "SMTP port (SMTP_PORT).") { ConfigurationKey = "Smtp:Port", ConfigurationOnly = true, Minimum = 1, Maximum = 65535 },
        new(SmtpUser, SettingType.String, null, "SMTP user name (SMTP_USER).") { ConfigurationKey = "Smtp:User", ConfigurationOnly = true },
        new(SmtpPassword, SettingType.String, null, "SMTP password (SMTP_PASSWORD); admins may replace it at runtime, it is stored encrypted and never shown.") { ConfigurationKey = "Smtp:Password", IsSecret = true },
        new(SmtpFrom, SettingType.String, "Meetinity <no-reply@meetinity.local>", "Sender of the mails (SMTP_FROM).") { ConfigurationKey = "Smtp:From", ConfigurationOnly = true },
        new(SmtpTls, SettingType.String, "starttls", "none, starttls or tls (SMTP_TLS).") { ConfigurationKey = "Smtp:Tls", ConfigurationOnly = true },
    ];
}
