namespace Meetinity.Identity;

/// <summary>The Identity module's settings (see <c>GET /settings</c>).</summary>
public static class IdentitySettingNames
{
    public const string AccessTokenMinutes = "Identity.AccessTokenMinutes";
    public const string RefreshTokenDays = "Identity.RefreshTokenDays";
    public const string SessionMaxDays = "Identity.SessionMaxDays";
    public const string GoogleEnabled = "Identity.GoogleEnabled";
    public const string LinkedInEnabled = "Identity.LinkedInEnabled";
    public const string AuthRateLimitPerMinute = "Identity.AuthRateLimitPerMinute";
    public const string AllowedRedirects = "Identity.AllowedRedirects";
    public const string AdminEmails = "Identity.AdminEmails";
    public const string JwtSecret = "Identity.JwtSecret";
    public const string GoogleClientSecret = "Identity.GoogleClientSecret";
    public const string LinkedInClientSecret = "Identity.LinkedInClientSecret";
    public const string PasswordMinLength = "Identity.PasswordMinLength";
    public const string LockoutMaxFailures = "Identity.LockoutMaxFailures";
    public const string LockoutMinutes = "Identity.LockoutMinutes";
    public const string EmailVerificationHours = "Identity.EmailVerificationHours";
    public const string PasswordResetMinutes = "Identity.PasswordResetMinutes";
    public const string FrontendUrl = "Identity.FrontendUrl";
    public const string SmtpHost = "Identity.SmtpHost";
    public const string SmtpPort = "Identity.SmtpPort";
    public const string SmtpUser = "Identity.SmtpUser";
    public const string SmtpPassword = "Identity.SmtpPassword";
    public const string SmtpFrom = "Identity.SmtpFrom";
    public const string SmtpTls = "Identity.SmtpTls";

    public static string EnabledSettingOf(string provider) => provider == ExternalProviders.Google ? GoogleEnabled : LinkedInEnabled;
}
