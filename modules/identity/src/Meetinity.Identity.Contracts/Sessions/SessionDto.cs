namespace Meetinity.Identity.Sessions;

public sealed record SessionDto(
    Guid Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUsedAt,
    DateTimeOffset ExpiresAt,
    string? Ip,
    string? UserAgent,
    string Provider,
    bool Current);
