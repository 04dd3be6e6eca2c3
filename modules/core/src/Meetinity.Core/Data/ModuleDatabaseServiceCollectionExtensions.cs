using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Meetinity.Core.Data;

public static class ModuleDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's <see cref="DbContext"/> on the shared <see cref="NpgsqlDataSource"/>,
    /// with snake_case names and its migrations history in its own <paramref name="schema"/>.
    /// No retrying execution strategy: modules use explicit transactions to keep a change and
    /// the records it owes (security events, outbox rows) atomic. Every <see cref="IInterceptor"/>
    /// registered in DI (such as the audit log's change tracker) is added to the context.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema));
        services.AddDbContextPool<TContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql
                .MigrationsHistoryTable(ModuleDatabase.HistoryTable, schema))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        return services;
    }
}
