namespace Meetinity.Identity.Security;

public sealed record SecurityEventDto(
    Guid Id,
    Guid? UserId,
    string Type,
    string? Provider,
    string? Ip,
    string? UserAgent,
    string? Detail,
    DateTimeOffset CreatedAt);
