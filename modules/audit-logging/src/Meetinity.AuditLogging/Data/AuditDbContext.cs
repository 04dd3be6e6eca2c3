using Microsoft.EntityFrameworkCore;

namespace Meetinity.AuditLogging.Data;

/// <summary>The audit log, in the <c>audit</c> schema.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public const string Schema = "audit";

    public DbSet<AuditLogEntry> Entries => Set<AuditLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<AuditLogEntry>(entry =>
        {
            entry.ToTable("audit_logs");
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Kind).HasMaxLength(AuditLogEntry.MaxKindLength);
            entry.Property(e => e.Action).HasMaxLength(AuditLogEntry.MaxActionLength);
            entry.Property(e => e.Ip).HasMaxLength(45);
            entry.Property(e => e.UserAgent).HasMaxLength(AuditLogEntry.MaxUserAgentLength);
            entry.Property(e => e.HttpMethod).HasMaxLength(10);
            entry.Property(e => e.Path).HasMaxLength(AuditLogEntry.MaxPathLength);
            entry.Property(e => e.TargetType).HasMaxLength(AuditLogEntry.MaxTargetLength);
            entry.Property(e => e.TargetId).HasMaxLength(AuditLogEntry.MaxTargetLength);
            entry.Property(e => e.Outcome).HasMaxLength(16);
            entry.Property(e => e.TraceId).HasMaxLength(64);
            entry.Property(e => e.Detail).HasMaxLength(AuditLogEntry.MaxDetailLength);
            entry.OwnsMany(e => e.Changes, changes => changes.ToJson("changes"));
            entry.HasIndex(e => e.OccurredAt);
            entry.HasIndex(e => new { e.ActorId, e.OccurredAt });
            entry.HasIndex(e => new { e.Action, e.OccurredAt });
            entry.HasIndex(e => new { e.TargetId, e.OccurredAt });
        });
    }
}
