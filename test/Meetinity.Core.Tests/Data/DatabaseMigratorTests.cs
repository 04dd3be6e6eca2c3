using Meetinity.Core.Data;
using Meetinity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Meetinity.Core.Tests.Data;

public sealed class DatabaseMigratorTests
{
    private static async Task<ServiceProvider> ServicesAsync()
    {
        var connectionString = await TestServers.CreateEmptyDatabaseAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(NpgsqlDataSource.Create(connectionString));
        services.AddModuleDbContext<SampleDbContext>(SampleDbContext.Schema);
        services.AddSingleton<DatabaseMigrator>();
        return services.BuildServiceProvider();
    }

    private static async Task<string[]> TablesAsync(IServiceProvider services)
    {
        await using var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'sample' ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return [.. tables];
    }

    [Fact]
    public async Task Migrations_go_into_the_module_schema_with_their_own_history()
    {
        await using var services = await ServicesAsync();

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        (await TablesAsync(services)).ShouldBe(["__ef_migrations_history", "notes"]);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        context.Notes.Add(new SampleNote { Id = Guid.CreateVersion7(), Text = "kept" });
        await context.SaveChangesAsync();
        (await context.Notes.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Migrating_to_zero_reverts_and_up_again_reapplies()
    {
        await using var services = await ServicesAsync();
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        await migrator.MigrateAsync();

        (await migrator.MigrateToAsync("0")).ShouldBeTrue();
        (await TablesAsync(services)).ShouldBe(["__ef_migrations_history"]);

        (await migrator.MigrateToAsync("CreateNotes")).ShouldBeTrue();
        (await TablesAsync(services)).ShouldContain("notes");
    }

    [Fact]
    public async Task An_unknown_target_changes_nothing()
    {
        await using var services = await ServicesAsync();
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        await migrator.MigrateAsync();

        (await migrator.MigrateToAsync("NoSuchMigration")).ShouldBeFalse();
        (await TablesAsync(services)).ShouldContain("notes");
    }
}
