using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Meetinity.Identity.Tokens;

/// <summary>The token settings (<c>JWT_*</c>, <c>REFRESH_TTL_DAYS</c>, <c>SESSION_MAX_DAYS</c>), read and checked at start.</summary>
public sealed record JwtSettings
{
    public static readonly IReadOnlyList<string> Algorithms = ["HS256", "HS384", "HS512", "RS256", "ES256"];

    public string Algorithm { get; init; } = "HS256";

    public string? Secret { get; init; }

    public int AccessTokenMinutes { get; init; } = 15;

    public string Issuer { get; init; } = "meetinity-user-service";

    public string Audience { get; init; } = "meetinity";

    public string? SigningKeyFile { get; init; }

    public IReadOnlyList<string> VerificationKeyFiles { get; init; } = [];

    public int RefreshTokenDays { get; init; } = 30;

    public int SessionMaxDays { get; init; } = 90;

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
            AccessTokenMinutes = Positive(section, "AccessTokenMinutes", "JWT_TTL_MIN", 15, errors),
            Issuer = section["Issuer"] is { Length: > 0 } issuer ? issuer : "meetinity-user-service",
            Audience = section["Audience"] is { Length: > 0 } audience ? audience : "meetinity",
            SigningKeyFile = section["SigningKeyFile"] is { Length: > 0 } file ? file : null,
            VerificationKeyFiles = (section["VerificationKeyFiles"] ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            RefreshTokenDays = Positive(section, "RefreshTokenDays", "REFRESH_TTL_DAYS", 30, errors),
            SessionMaxDays = Positive(section, "SessionMaxDays", "SESSION_MAX_DAYS", 90, errors),
        };
        return errors.Count == 0
            ? settings
            : throw new InvalidOperationException("Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    private static int Positive(IConfigurationSection section, string key, string variable, int fallback, List<string> errors)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        errors.Add($"- {variable} (Jwt:{key}) must be a whole number of at least 1.");
        return fallback;
    }
}
