using Microsoft.EntityFrameworkCore;

namespace Meetinity.Core.Outbox;

public static class OutboxModelBuilderExtensions
{
    /// <summary>Maps <see cref="OutboxMessage"/> to <c>outbox</c> in the context's default schema.</summary>
    public static ModelBuilder AddOutbox(this ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("outbox");
            message.Property(m => m.Type).HasMaxLength(OutboxMessage.MaxTypeLength);
            message.Property(m => m.Payload).HasColumnType("jsonb");
            message.HasIndex(m => m.CreatedAt).HasFilter("processed_at IS NULL");
        });
        return builder;
    }
}
