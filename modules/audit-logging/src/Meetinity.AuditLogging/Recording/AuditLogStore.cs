using Meetinity.AuditLogging.Data;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.AuditLogging.Recording;

/// <summary>Appends records; ids already stored are skipped, so a redelivered outbox message is recorded once.</summary>
internal sealed class AuditLogStore(AuditDbContext db) : IAuditLog
{
    public async Task RecordAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var ids = records.Select(r => r.Id).ToList();
        var known = await db.Entries.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var fresh = records.Where(r => !known.Contains(r.Id)).DistinctBy(r => r.Id).Select(ToEntry).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        db.Entries.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static AuditLogEntry ToEntry(AuditRecord record) => new()
    {
        Id = record.Id,
        OccurredAt = record.OccurredAt,
        Kind = record.Kind,
        Action = Cut(record.Action, AuditLogEntry.MaxActionLength)!,
        ActorId = record.ActorId,
        Ip = record.Ip,
        UserAgent = Cut(record.UserAgent, AuditLogEntry.MaxUserAgentLength),
        HttpMethod = record.HttpMethod,
        Path = Cut(record.Path, AuditLogEntry.MaxPathLength),
        TargetType = Cut(record.TargetType, AuditLogEntry.MaxTargetLength),
        TargetId = Cut(record.TargetId, AuditLogEntry.MaxTargetLength),
        Outcome = record.Outcome,
        Status = record.Status,
        DurationMs = record.DurationMs,
        TraceId = Cut(record.TraceId, 64),
        Detail = Cut(record.Detail, AuditLogEntry.MaxDetailLength),
        Changes = [.. record.Changes],
    };

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
