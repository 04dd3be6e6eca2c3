using Microsoft.EntityFrameworkCore;

namespace Meetinity.Core.Data;

/// <summary>
/// The options a module's design-time factory gives <c>dotnet ef migrations add</c>: the same
/// provider, naming and history table as at run time, without a host or a database.
/// </summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TContext> For<TContext>(string schema)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost", npgsql => npgsql.MigrationsHistoryTable(ModuleDatabase.HistoryTable, schema))
            .UseSnakeCaseNamingConvention()
            .Options;
}
