namespace Meetinity.Core.Outbox;

/// <summary>
/// Something a module owes after a change (an audit record, a mail), saved in the same
/// transaction as the change and delivered afterwards by the core's outbox relay.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxTypeLength = 100;

    public Guid Id { get; set; }

    public string Type { get; set; } = string.Empty;

    public string Payload { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }
}
