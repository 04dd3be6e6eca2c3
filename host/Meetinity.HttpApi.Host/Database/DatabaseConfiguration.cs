using Meetinity.Core;
using Meetinity.HttpApi.Host.Configuration;

namespace Meetinity.HttpApi.Host.Database;

/// <summary>Decides which PostgreSQL the service uses and whether it migrates at start.</summary>
internal static class DatabaseConfiguration
{
    public const string MigrateOnStartKey = "Database:MigrateOnStart";

    public static void Apply(WebApplicationBuilder builder, HostSettings settings)
    {
        var connectionString = settings.DatabaseConnectionString;
        var startedLocally = false;
        if (connectionString is null && builder.Configuration.GetConnectionString(ConfigurationKeys.ConnectionStringName) is null)
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException("Invalid configuration:" + Environment.NewLine +
                    "- DATABASE_URL (Database:Url) is not set; outside Development the service needs a database.");
            }

            connectionString = DevelopmentPostgres.Start(builder);
            startedLocally = true;
        }

        if (connectionString is not null)
        {
            builder.Configuration[$"ConnectionStrings:{ConfigurationKeys.ConnectionStringName}"] = connectionString;
        }

        // EF decides whether to log commands from the Debug level; Executed DbCommand itself is Information.
        // Production never migrates implicitly: `-- migrate` does it.
        builder.Configuration[MigrateOnStartKey] ??= (startedLocally || builder.Environment.IsDevelopment()).ToString();
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", settings.DatabaseEcho ? LogLevel.Debug : LogLevel.Warning);
    }
}
