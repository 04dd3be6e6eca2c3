using Npgsql;

namespace Meetinity.DevServices;

/// <summary>
/// A private PostgreSQL server on a free loopback port, started with the machine's own
/// binaries. PostgreSQL refuses to run as root, so when we are root it runs as the
/// <c>postgres</c> user the Debian package creates, in a folder that user owns.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly string _bin;
    private readonly LocalPostgresOptions _options;
    private bool _stopped;

    private LocalPostgres(string bin, LocalPostgresOptions options, int port)
    {
        _bin = bin;
        _options = options;
        Port = port;
    }

    public int Port { get; }

    public string DataDirectory => _options.DataDirectory;

    public static async Task<LocalPostgres> StartAsync(LocalPostgresOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bin = PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.MissingMessage);
        var server = new LocalPostgres(bin, options, FreeTcpPort.Find());
        await server.InitializeAsync(cancellationToken);
        await server.StartServerAsync(cancellationToken);
        return server;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = _options.User,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates <paramref name="database"/> unless it exists (optionally as a copy of <paramref name="template"/>).</summary>
    public async Task EnsureDatabaseAsync(string database, string? template = null, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        var copy = template is null ? string.Empty : $" TEMPLATE \"{template}\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"{copy}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task StopAsync(bool immediate = false)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", immediate ? "immediate" : "fast", "-w", "stop"], CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await StopStaleServerAsync(cancellationToken);
            return;
        }

        if (!ProcessRunner.IsRoot)
        {
            Directory.CreateDirectory(DataDirectory);
        }

        await RunAsync("initdb", ["-D", DataDirectory, "-A", "trust", "-U", _options.User, "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
    }

    private async Task StopStaleServerAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync("pg_ctl", ["-D", DataDirectory, "status"], cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return;
        }

        await StopAsync();
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var settings = $"-p {Port} -k {DataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=200";
        if (_options.Ephemeral)
        {
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB";
        }

        await RunAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-o", settings, "-w", "-t", "60", "start"], cancellationToken);
    }

    private Task<string> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(Path.Combine(_bin, tool), arguments, ProcessRunner.IsRoot ? ServiceUser : null, cancellationToken);
}
