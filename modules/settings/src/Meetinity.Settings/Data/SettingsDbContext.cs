using Meetinity.Core.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Settings.Data;

/// <summary>The settings module's data, in the <c>settings</c> schema.</summary>
/// <remarks>It also keeps the Data Protection key ring, so that every instance shares it.</remarks>
public sealed class SettingsDbContext(DbContextOptions<SettingsDbContext> options) : DbContext(options), IOutboxContext, IDataProtectionKeyContext
{
    public const string Schema = "settings";

    public DbSet<SettingValue> Values => Set<SettingValue>();

    public DbSet<SettingsVersion> Versions => Set<SettingsVersion>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<SettingValue>(value =>
        {
            value.ToTable("setting_values");
            value.HasKey(v => v.Name);
            value.Property(v => v.Name).HasMaxLength(SettingValue.MaxNameLength);
            value.Property(v => v.Value).HasMaxLength(SettingValue.MaxValueLength);
        });
        modelBuilder.Entity<SettingsVersion>(version =>
        {
            version.ToTable("version");
            version.Property(v => v.Id).ValueGeneratedNever();
            version.HasData(new SettingsVersion { Id = 1, Value = 0 });
        });
        modelBuilder.AddOutbox();
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
