namespace Meetinity.Core.Outbox;

/// <summary>Delivers outbox messages of one <see cref="Type"/>; must be idempotent (a message may come twice after a crash).</summary>
public interface IOutboxHandler
{
    string Type { get; }

    Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
