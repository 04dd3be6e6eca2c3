namespace Meetinity.DevServices;

/// <summary>Finds the PostgreSQL server binaries (<c>initdb</c>, <c>pg_ctl</c>) installed on this machine.</summary>
public static class PostgresBinaries
{
    public const string MissingMessage =
        "No PostgreSQL server binaries were found (initdb, pg_ctl). Install them (Debian: apt-get install postgresql) " +
        "or set PG_BIN to their folder, or set DATABASE_URL to an existing database.";

    /// <summary>The folder holding <c>pg_ctl</c>: <c>PG_BIN</c>, else the newest <c>/usr/lib/postgresql/*/bin</c>, else <c>PATH</c>.</summary>
    public static string? Find()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")));
    }
}
