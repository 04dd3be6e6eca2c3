namespace Meetinity.Identity.Sessions;

/// <summary>A signed-in device: a family of refresh tokens, with an absolute end.</summary>
public sealed class Session
{
    public const int MaxIpLength = 45;
    public const int MaxUserAgentLength = 512;
    public const int MaxRevokeReasonLength = 64;

    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public string Provider { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastUsedAt { get; set; }

    /// <summary>The absolute end (<c>SESSION_MAX_DAYS</c>); refreshing never extends it.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }

    public string? Ip { get; set; }

    public string? UserAgent { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
