using Microsoft.EntityFrameworkCore;

namespace Meetinity.Core.Outbox;

/// <summary>A module context that keeps an outbox table in its schema.</summary>
public interface IOutboxContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
}
