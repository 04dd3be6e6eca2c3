using Meetinity.DevServices;
using Npgsql;

namespace Meetinity.TestKit;

/// <summary>
/// The private PostgreSQL and Redis of one test process, started on first use and
/// stopped when the process exits. Every test class gets its own database, cloned from
/// a template that the host migrated once.
/// </summary>
public static class TestServers
{
    private const string Template = "meetinity_template";
    private static readonly SemaphoreSlim s_createLock = new(1, 1);
    private static readonly Lazy<Task<LocalPostgres>> s_postgres = new(StartPostgresAsync);
    private static readonly Lazy<Task<LocalRedis>> s_redis = new(StartRedisAsync);
    private static int s_databases;

    public static Task<LocalPostgres> PostgresAsync() => s_postgres.Value;

    /// <summary>A private <c>redis-server</c>; each call to <see cref="NewRedisAsync"/> gives a separate one instead.</summary>
    public static Task<LocalRedis> RedisAsync() => s_redis.Value;

    public static async Task<LocalRedis> NewRedisAsync()
    {
        var redis = await LocalRedis.LaunchAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => redis.StopAsync().GetAwaiter().GetResult();
        return redis;
    }

    /// <summary>Creates a fresh, fully migrated database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var postgres = await PostgresAsync();
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref s_databases)}";
        await s_createLock.WaitAsync();
        try
        {
            await postgres.EnsureDatabaseAsync(name, Template);
        }
        finally
        {
            s_createLock.Release();
        }

        return postgres.ConnectionString(name);
    }

    /// <summary>An empty database with no migrations applied.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var postgres = await PostgresAsync();
        var name = $"empty_{Environment.ProcessId}_{Interlocked.Increment(ref s_databases)}";
        await postgres.EnsureDatabaseAsync(name);
        return postgres.ConnectionString(name);
    }

    private static async Task<LocalPostgres> StartPostgresAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"meetinity-test-pg-{Guid.NewGuid():N}");
        var postgres = await LocalPostgres.StartAsync(new LocalPostgresOptions(directory) { Ephemeral = true });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            postgres.StopAsync(immediate: true).GetAwaiter().GetResult();
            Directory.Delete(directory, recursive: true);
        };
        await postgres.EnsureDatabaseAsync(Template);
        await MigrateTemplateAsync(postgres.ConnectionString(Template));
        return postgres;
    }

    private static async Task MigrateTemplateAsync(string connectionString)
    {
        await using (var factory = new MeetinityHostFactory(connectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStart"] = "true",
        }))
        {
            factory.StartServer();
        }

        NpgsqlConnection.ClearAllPools();
    }

    private static async Task<LocalRedis> StartRedisAsync() => await NewRedisAsync();
}
