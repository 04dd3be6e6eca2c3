using System.Security.Cryptography;
using System.Text;
using Meetinity.DevServices;

namespace Meetinity.HttpApi.Host.Database;

/// <summary>
/// With no <c>DATABASE_URL</c> in Development, a private PostgreSQL started from the
/// machine's binaries, whose data persists across runs (DESIGN.md decision 2).
/// </summary>
internal static class DevelopmentPostgres
{
    public const string DatabaseName = "meetinity";

    public static string Start(WebApplicationBuilder builder)
    {
        var dataDirectory = DataDirectoryFor(builder.Environment.ContentRootPath);
        var server = LocalPostgres.StartAsync(new LocalPostgresOptions(dataDirectory)).GetAwaiter().GetResult();
        server.EnsureDatabaseAsync(DatabaseName).GetAwaiter().GetResult();
        // Stopped when the process ends, whether it served requests or only ran `migrate`.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync().GetAwaiter().GetResult();
        return server.ConnectionString(DatabaseName);
    }

    /// <summary>
    /// <c>instance/postgres</c>, or when running as root (PostgreSQL then runs as the
    /// <c>postgres</c> user, who may not reach the checkout) a fixed folder under /var/tmp.
    /// </summary>
    internal static string DataDirectoryFor(string contentRoot)
    {
        if (Environment.UserName != "root")
        {
            return Path.Combine(contentRoot, "instance", "postgres");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentRoot)))[..12];
        return Path.Combine("/var/tmp", $"meetinity-dev-postgres-{hash}");
    }
}
