namespace Meetinity.Identity.Accounts;

/// <summary>The Identity module's fields of the contract's user resource.</summary>
public sealed record AccountDto(
    Guid Id,
    string? Email,
    bool EmailVerified,
    string? Name,
    string? PhotoUrl,
    IReadOnlyList<string> Providers,
    string Role,
    bool Suspended,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastLoginAt);
