using Meetinity.Core.Data;
using Meetinity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.Core.Tests.Data;

public sealed class SqlEchoTests
{
    private static async Task<string> QueryWithEchoAsync(string echo)
    {
        var connectionString = await TestServers.CreateEmptyDatabaseAsync();
        await using var factory = new MeetinityHostFactory(connectionString, new Dictionary<string, string?> { ["Database:Echo"] = echo },
            services => services.AddModuleDbContext<SampleDbContext>(SampleDbContext.Schema));
        factory.StartServer();
        await factory.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        var secret = $"parameter-value-{Guid.NewGuid():N}";
        await context.Notes.Where(n => n.Text == secret).CountAsync();
        var logs = factory.Logs.All;
        logs.ShouldNotContain(secret);
        return logs;
    }

    [Fact]
    public async Task Sqlalchemy_echo_logs_sql_without_parameter_values()
    {
        (await QueryWithEchoAsync("true")).ShouldContain("FROM sample.notes");
    }

    [Fact]
    public async Task Without_echo_no_sql_is_logged()
    {
        (await QueryWithEchoAsync("false")).ShouldNotContain("FROM sample.notes");
    }
}
