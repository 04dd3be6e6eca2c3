namespace Meetinity.HttpApi.Host.Configuration;

/// <summary>
/// The environment variables of the original service (SEED.md, CONTRACT.md) and the .NET
/// configuration keys they set, so that existing deployments carry over unchanged.
/// </summary>
internal static class SeedVariables
{
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["APP_PORT"] = "App:Port",
        ["CORS_ORIGINS"] = "App:CorsOrigins",
        ["TRUSTED_PROXIES"] = "App:TrustedProxies",
        ["FRONTEND_URL"] = "App:FrontendUrl",
        ["DATABASE_URL"] = "Database:Url",
        ["SQLALCHEMY_ECHO"] = "Database:Echo",
        ["REDIS_URL"] = "Redis:Url",
        ["REDIS_CACHE_TTL"] = "Cache:TtlSeconds",
        ["UPLOAD_FOLDER"] = "Uploads:Folder",
        ["UPLOAD_URL_PREFIX"] = "Uploads:UrlPrefix",
        ["ALLOWED_REDIRECTS"] = "Identity:AllowedRedirects",
        ["ADMIN_EMAILS"] = "Identity:AdminEmails",
        ["JWT_SECRET"] = "Jwt:Secret",
        ["JWT_ALGO"] = "Jwt:Algorithm",
        ["JWT_TTL_MIN"] = "Jwt:AccessTokenMinutes",
        ["JWT_ISSUER"] = "Jwt:Issuer",
        ["JWT_AUDIENCE"] = "Jwt:Audience",
        ["JWT_SIGNING_KEY_FILE"] = "Jwt:SigningKeyFile",
        ["JWT_VERIFICATION_KEY_FILES"] = "Jwt:VerificationKeyFiles",
        ["REFRESH_TTL_DAYS"] = "Jwt:RefreshTokenDays",
        ["SESSION_MAX_DAYS"] = "Jwt:SessionMaxDays",
        ["GOOGLE_CLIENT_ID"] = "Google:ClientId",
        ["GOOGLE_CLIENT_SECRET"] = "Google:ClientSecret",
        ["GOOGLE_REDIRECT_URI"] = "Google:RedirectUri",
        ["GOOGLE_AUTHORIZATION_ENDPOINT"] = "Google:AuthorizationEndpoint",
        ["GOOGLE_TOKEN_ENDPOINT"] = "Google:TokenEndpoint",
        ["GOOGLE_USERINFO_ENDPOINT"] = "Google:UserInformationEndpoint",
        ["LINKEDIN_CLIENT_ID"] = "LinkedIn:ClientId",
        ["LINKEDIN_CLIENT_SECRET"] = "LinkedIn:ClientSecret",
        ["LINKEDIN_REDIRECT_URI"] = "LinkedIn:RedirectUri",
        ["LINKEDIN_AUTHORIZATION_ENDPOINT"] = "LinkedIn:AuthorizationEndpoint",
        ["LINKEDIN_TOKEN_ENDPOINT"] = "LinkedIn:TokenEndpoint",
        ["LINKEDIN_USERINFO_ENDPOINT"] = "LinkedIn:UserInformationEndpoint",
        ["SMTP_HOST"] = "Smtp:Host",
        ["SMTP_PORT"] = "Smtp:Port",
        ["SMTP_USER"] = "Smtp:User",
        ["SMTP_PASSWORD"] = "Smtp:Password",
        ["SMTP_FROM"] = "Smtp:From",
        ["SMTP_TLS"] = "Smtp:Tls",
    };

    /// <summary>"DATABASE_URL (Database:Url)": how error messages name a setting.</summary>
    public static string Describe(string key) =>
        Keys.FirstOrDefault(pair => pair.Value == key) is { Key: not null } pair ? $"{pair.Key} ({key})" : key;
}
