namespace Meetinity.AuditLogging;

/// <summary>Appends audit records; a record whose id is already stored is ignored, so delivery may repeat.</summary>
public interface IAuditLog
{
    Task RecordAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken);
}
