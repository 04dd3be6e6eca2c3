using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Meetinity.Identity.Tokens;

/// <summary>The signing settings (<c>JWT_*</c>), read and checked at start.</summary>
public sealed record JwtSettings
{
    public static readonly IReadOnlyList<string> Algorithms = ["HS256", "HS384", "HS512", "RS256", "ES256"];

    public string Algorithm { get; init; } = "HS256";

    public string? Secret { get; init; }

    public string Issuer { get; init; } = "meetinity-user-service";

    public string Audience { get; init; } = "meetinity";

    public string? SigningKeyFile { get; init; }

    public IReadOnlyList<string> VerificationKeyFiles { get; init; } = [];

    public bool IsSymmetric => Algorithm.StartsWith("HS", StringComparison.Ordinal);

    /// <exception cref="InvalidOperationException">A value is missing or unusable; the message names the variable.</exception>
    public static JwtSettings Load(IConfiguration configuration)
    {
        var section = configuration.GetSection("Jwt");
        var errors = new List<string>();
        var algorithm = section["Algorithm"] is { Length: > 0 } a ? a.Trim().ToUpperInvariant() : "HS256";
        if (!Algorithms.Contains(algorithm))
        {
            errors.Add($"- JWT_ALGO (Jwt:Algorithm) must be one of {string.Join(", ", Algorithms)}.");
        }

        var settings = new JwtSettings
        {
            Algorithm = algorithm,
            Secret = section["Secret"] is { Length: > 0 } secret ? secret : null,
            Issuer = section["Issuer"] is { Length: > 0 } issuer ? issuer : "meetinity-user-service",
            Audience = section["Audience"] is { Length: > 0 } audience ? audience : "meetinity",
            SigningKeyFile = section["SigningKeyFile"] is { Length: > 0 } file ? file : null,
            VerificationKeyFiles = (section["VerificationKeyFiles"] ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };

        // The lifetimes are settings read at use time (IdentitySettingNames); here they are only
        // checked, so that a bad seed variable stops start-up naming it.
        RequirePositive(section, "AccessTokenMinutes", "JWT_TTL_MIN", errors);
        RequirePositive(section, "RefreshTokenDays", "REFRESH_TTL_DAYS", errors);
        RequirePositive(section, "SessionMaxDays", "SESSION_MAX_DAYS", errors);
        return errors.Count == 0
            ? settings
            : throw new InvalidOperationException("Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    private static void RequirePositive(IConfigurationSection section, string key, string variable, List<string> errors)
    {
        var value = section[key];
        if (!string.IsNullOrWhiteSpace(value)
            && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0))
        {
            errors.Add($"- {variable} (Jwt:{key}) must be a whole number of at least 1.");
        }
    }
}
