using Meetinity.Core.Outbox;

namespace Meetinity.AuditLogging.Recording;

/// <summary>Delivers the audit records other modules put in their outboxes.</summary>
internal sealed class AuditOutboxHandler(IAuditLog auditLog) : IOutboxHandler
{
    public string Type => AuditOutbox.MessageType;

    public Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) =>
        auditLog.RecordAsync([.. messages.Select(AuditOutbox.FromOutboxMessage)], cancellationToken);
}
