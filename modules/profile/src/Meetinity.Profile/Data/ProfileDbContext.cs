using Meetinity.Profile.Connections;
using Meetinity.Profile.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Profile.Data;

/// <summary>The Profile module's tables, in the <c>profile</c> schema.</summary>
public sealed class ProfileDbContext(DbContextOptions<ProfileDbContext> options) : DbContext(options)
{
    public const string Schema = "profile";

    public DbSet<UserProfile> Profiles => Set<UserProfile>();

    public DbSet<Connection> Connections => Set<Connection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfiguration(new UserProfileConfiguration());
        modelBuilder.ApplyConfiguration(new ConnectionConfiguration());
    }
}
