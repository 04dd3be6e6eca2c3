namespace Meetinity.Identity.Security;

/// <summary>A security-relevant thing that happened to an account. Never holds a token or secret.</summary>
public sealed class SecurityEvent
{
    public const int MaxTypeLength = 64;
    public const int MaxDetailLength = 500;

    public Guid Id { get; set; }

    public Guid? AccountId { get; set; }

    public string Type { get; set; } = string.Empty;

    public string? Provider { get; set; }

    public string? Ip { get; set; }

    public string? UserAgent { get; set; }

    public string? Detail { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
