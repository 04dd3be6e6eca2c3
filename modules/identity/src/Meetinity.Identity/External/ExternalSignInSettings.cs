using Microsoft.Extensions.Configuration;

namespace Meetinity.Identity.External;

/// <summary>
/// The providers that are configured, the redirect allow-list and the admin e-mails. These
/// could hand the service to an attacker, so they come from configuration only.
/// </summary>
public sealed record ExternalSignInSettings(
    IReadOnlyDictionary<string, ProviderSettings> Providers,
    IReadOnlyList<string> AllowedRedirects,
    IReadOnlySet<string> AdminEmails)
{
    private static readonly Dictionary<string, (string Section, string Prefix)> s_sources = new()
    {
        [ExternalProviders.Google] = ("Google", "GOOGLE"),
        [ExternalProviders.LinkedIn] = ("LinkedIn", "LINKEDIN"),
    };

    public static ExternalSignInSettings Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<string>();
        var providers = new Dictionary<string, ProviderSettings>();
        foreach (var (provider, (section, prefix)) in s_sources)
        {
            if (Read(configuration.GetSection(section), section, prefix, errors) is { } settings)
            {
                providers[provider] = settings;
            }
        }

        var redirects = Split(configuration["Identity:AllowedRedirects"]);
        foreach (var uri in redirects.Where(u => !Uri.IsWellFormedUriString(u, UriKind.Absolute)))
        {
            errors.Add($"- ALLOWED_REDIRECTS (Identity:AllowedRedirects): '{uri}' is not an absolute URI.");
        }

        var admins = Split(configuration["Identity:AdminEmails"]).Select(e => e.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return errors.Count == 0
            ? new ExternalSignInSettings(providers, redirects, admins)
            : throw new InvalidOperationException("Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    /// <summary>The exact client URIs the provider may send the person back to.</summary>
    public IEnumerable<string> RedirectsFor(string provider) =>
        Providers.TryGetValue(provider, out var settings) && settings.RedirectUri is { } own ? AllowedRedirects.Prepend(own) : AllowedRedirects;

    public bool IsAdminEmail(string? email) => email is not null && AdminEmails.Contains(email.ToUpperInvariant());

    private static ProviderSettings? Read(IConfigurationSection section, string name, string prefix, List<string> errors)
    {
        var clientId = section["ClientId"];
        if (string.IsNullOrWhiteSpace(clientId))
        {
            return null;
        }

        var secret = section["ClientSecret"];
        if (string.IsNullOrWhiteSpace(secret))
        {
            errors.Add($"- {prefix}_CLIENT_SECRET ({name}:ClientSecret) is required when {prefix}_CLIENT_ID is set.");
        }

        var settings = new ProviderSettings(clientId, secret ?? string.Empty, Optional(section, "RedirectUri"),
            Optional(section, "AuthorizationEndpoint"), Optional(section, "TokenEndpoint"), Optional(section, "UserInformationEndpoint"));
        foreach (var (key, variable, value) in new[]
        {
            ("RedirectUri", "REDIRECT_URI", settings.RedirectUri),
            ("AuthorizationEndpoint", "AUTHORIZATION_ENDPOINT", settings.AuthorizationEndpoint),
            ("TokenEndpoint", "TOKEN_ENDPOINT", settings.TokenEndpoint),
            ("UserInformationEndpoint", "USERINFO_ENDPOINT", settings.UserInformationEndpoint),
        })
        {
            if (value is not null && !Uri.IsWellFormedUriString(value, UriKind.Absolute))
            {
                errors.Add($"- {prefix}_{variable} ({name}:{key}) is not an absolute URI.");
            }
        }

        return settings;
    }

    private static string? Optional(IConfigurationSection section, string key) =>
        string.IsNullOrWhiteSpace(section[key]) ? null : section[key]!.Trim();

    private static string[] Split(string? value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
