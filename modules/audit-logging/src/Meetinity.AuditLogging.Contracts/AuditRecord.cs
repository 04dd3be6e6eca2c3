namespace Meetinity.AuditLogging;

/// <summary>One append-only audit record: a state-changing request, a security event or an admin action.</summary>
public sealed record AuditRecord(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Kind,
    string Action,
    Guid? ActorId,
    string? Ip,
    string? UserAgent,
    string? HttpMethod,
    string? Path,
    string? TargetType,
    string? TargetId,
    string Outcome,
    int? Status,
    double? DurationMs,
    string? TraceId,
    string? Detail,
    IReadOnlyList<AuditChange> Changes);

/// <summary>One property an entity change touched; sensitive values are masked before they get here.</summary>
public sealed record AuditChange(string Entity, string? EntityId, string Property, string? OldValue, string? NewValue);
