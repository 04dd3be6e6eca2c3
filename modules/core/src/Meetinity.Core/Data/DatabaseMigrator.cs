using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Meetinity.Core.Data;

/// <summary>
/// Applies every module's EF Core migrations (the <c>alembic upgrade head</c> of the
/// original service), or takes one module back to a named migration (its <c>downgrade</c>).
/// </summary>
public sealed partial class DatabaseMigrator(IServiceProvider services, IEnumerable<ModuleDatabase> modules, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Applies all pending migrations of every module, in registration order.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        foreach (var module in modules)
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            // Creating the history table first spares a new database EF's failed (and error-logged) reads of it.
            var history = context.GetService<IHistoryRepository>();
            await history.CreateIfNotExistsAsync(cancellationToken);
            var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Count;
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, module.Schema, context.Database.GetMigrations().Count() - applied);
        }
    }

    /// <summary>
    /// Migrates the module that owns <paramref name="target"/> up or down to it; <c>0</c>
    /// reverts every module. Returns false when no module has such a migration.
    /// </summary>
    public async Task<bool> MigrateToAsync(string target, CancellationToken cancellationToken = default)
    {
        var reverted = false;
        foreach (var module in modules.Reverse())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var owns = target == Migration.InitialDatabase || context.Database.GetMigrations()
                .Any(id => id == target || id.EndsWith("_" + target, StringComparison.Ordinal));
            if (owns)
            {
                await context.GetService<IMigrator>().MigrateAsync(target, cancellationToken);
                LogMigratedTo(logger, module.Schema, target);
                reverted = true;
            }
        }

        return reverted;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Schema {Schema}: {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string schema, int count);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Schema {Schema}: migrated to {Target}")]
    private static partial void LogMigratedTo(ILogger logger, string schema, string target);
}
