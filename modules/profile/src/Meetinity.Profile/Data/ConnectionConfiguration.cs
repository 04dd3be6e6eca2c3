using Meetinity.Profile.Connections;
using Meetinity.Profile.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meetinity.Profile.Data;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.ToTable("connections", table => table.HasCheckConstraint("ck_connections_not_self", "requester_id <> addressee_id"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.HasOne<UserProfile>().WithMany().HasForeignKey(c => c.RequesterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<UserProfile>().WithMany().HasForeignKey(c => c.AddresseeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.RequesterId, c.Status });
        builder.HasIndex(c => new { c.AddresseeId, c.Status });
    }
}
