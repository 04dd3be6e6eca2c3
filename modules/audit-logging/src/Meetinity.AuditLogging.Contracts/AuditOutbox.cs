using System.Text.Json;
using Meetinity.Core.Outbox;

namespace Meetinity.AuditLogging;

/// <summary>
/// How a module audits a change atomically: it adds <see cref="ToOutboxMessage"/> to its own
/// outbox in the transaction of the change; the audit module delivers it.
/// </summary>
public static class AuditOutbox
{
    public const string MessageType = "audit.record";

    public static OutboxMessage ToOutboxMessage(this AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new OutboxMessage
        {
            Id = record.Id,
            Type = MessageType,
            Payload = JsonSerializer.Serialize(record, JsonSerializerOptions.Web),
            CreatedAt = record.OccurredAt,
        };
    }

    public static AuditRecord FromOutboxMessage(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Deserialize<AuditRecord>(message.Payload, JsonSerializerOptions.Web)
            ?? throw new JsonException("An empty audit record.");
    }
}
