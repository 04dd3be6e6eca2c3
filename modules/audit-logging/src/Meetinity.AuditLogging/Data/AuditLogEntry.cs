namespace Meetinity.AuditLogging.Data;

/// <summary>The stored form of an <see cref="AuditRecord"/>; its changes are a JSON column.</summary>
public sealed class AuditLogEntry
{
    public const int MaxKindLength = 16;
    public const int MaxActionLength = 200;
    public const int MaxPathLength = 400;
    public const int MaxTargetLength = 100;
    public const int MaxUserAgentLength = 512;
    public const int MaxDetailLength = 1000;

    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public Guid? ActorId { get; set; }

    public string? Ip { get; set; }

    public string? UserAgent { get; set; }

    public string? HttpMethod { get; set; }

    public string? Path { get; set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    public string Outcome { get; set; } = string.Empty;

    public int? Status { get; set; }

    public double? DurationMs { get; set; }

    public string? TraceId { get; set; }

    public string? Detail { get; set; }

    public List<AuditChange> Changes { get; set; } = [];
}
