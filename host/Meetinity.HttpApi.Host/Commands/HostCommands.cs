using Meetinity.Core.Data;
using Meetinity.HttpApi.Host.Database;

namespace Meetinity.HttpApi.Host.Commands;

/// <summary>
/// <c>migrate</c> applies every module's migrations; <c>migrate --to &lt;migration&gt;</c>
/// takes its module back to it (<c>0</c>: before the first); otherwise the service runs.
/// </summary>
internal static class HostCommands
{
    public static async Task<int> RunMeetinityAsync(this WebApplication app, string[] args)
    {
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        if (args.Length > 0 && args[0] == "migrate")
        {
            return await MigrateAsync(migrator, args, app.Lifetime.ApplicationStopping);
        }

        if (app.Configuration.GetValue<bool>(DatabaseConfiguration.MigrateOnStartKey))
        {
            await migrator.MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        await app.RunAsync();
        return 0;
    }

    private static async Task<int> MigrateAsync(DatabaseMigrator migrator, string[] args, CancellationToken cancellationToken)
    {
        var to = Array.IndexOf(args, "--to");
        if (to < 0)
        {
            await migrator.MigrateAsync(cancellationToken);
            return 0;
        }

        if (to + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync("migrate --to needs a migration name (or 0 for none).");
            return 2;
        }

        if (await migrator.MigrateToAsync(args[to + 1], cancellationToken))
        {
            return 0;
        }

        await Console.Error.WriteLineAsync($"No module has a migration named '{args[to + 1]}'.");
        return 2;
    }
}
