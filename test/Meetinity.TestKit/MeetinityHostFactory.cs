using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;

namespace Meetinity.TestKit;

/// <summary>
/// The real host on a real Kestrel (so body and header limits apply) bound to a free
/// loopback port, in the <c>Testing</c> environment, on the given database.
/// </summary>
public sealed class MeetinityHostFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public MeetinityHostFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        _configureServices = configureServices;
        UseKestrel(0);
    }

    /// <summary>The HS256 secret the test hosts sign with unless a test sets another.</summary>
    public const string TestSecret = "test-secret-of-at-least-thirty-two-bytes-0123456789";

    public CapturedLogs Logs { get; } = new();

    /// <summary>Starts a host that must refuse to start; returns the messages of the whole exception chain.</summary>
    public static async Task<string> StartupFailureAsync(string connectionString, Dictionary<string, string?> settings)
    {
        await using var factory = new MeetinityHostFactory(connectionString, settings);
        var error = Should.Throw<Exception>(factory.StartServer);
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Database:Url", _connectionString);
        builder.UseSetting("Database:MigrateOnStart", "false");
        builder.UseSetting("Jwt:Secret", TestSecret);
        builder.UseSetting("Uploads:Folder", Path.Combine(Path.GetTempPath(), $"meetinity-test-uploads-{Guid.NewGuid():N}"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }
}
