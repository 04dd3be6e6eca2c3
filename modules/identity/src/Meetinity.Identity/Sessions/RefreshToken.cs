namespace Meetinity.Identity.Sessions;

/// <summary>One refresh token of a session, kept only as its SHA-256 hash; spent when used.</summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public byte[] Hash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? SpentAt { get; set; }
}
