using Npgsql;

namespace Meetinity.Core.Data;

/// <summary>
/// Reads <c>DATABASE_URL</c> in the forms deployments of the original service use
/// (<c>postgresql+psycopg://</c>, <c>postgresql://</c>, <c>postgres://</c>) or as a plain
/// Npgsql connection string, and returns an Npgsql connection string.
/// </summary>
public static class PostgresConnectionString
{
    /// <exception cref="FormatException">The value is neither a PostgreSQL URL nor a connection string.</exception>
    public static string Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = value.Trim();
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        return scheme < 0 ? ParseKeywords(value) : ParseUrl(value, value[..scheme]);
    }

    private static string ParseKeywords(string value)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            return string.IsNullOrEmpty(builder.Host)
                ? throw new FormatException("it is neither a postgresql:// URL nor a connection string with a Host.")
                : builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"it is not a valid connection string ({e.Message}).", e);
        }
    }

    private static string ParseUrl(string value, string scheme)
    {
        var isPostgres = scheme is "postgres" or "postgresql" || scheme.StartsWith("postgresql+", StringComparison.Ordinal);
        if (!isPostgres)
        {
            throw new FormatException($"the scheme '{scheme}' is not a PostgreSQL URL scheme (postgresql://, postgres://, postgresql+psycopg://).");
        }

        if (!Uri.TryCreate("postgresql" + value[scheme.Length..], UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("it is not a valid URL (expected postgresql://user:password@host:port/database).");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        ApplyQuery(builder, uri.Query);
        return builder.ConnectionString;
    }

    private static void ApplyQuery(NpgsqlConnectionStringBuilder builder, string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            switch (key)
            {
                case "sslmode":
                    builder.SslMode = Enum.TryParse<SslMode>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var mode)
                        ? mode
                        : throw new FormatException($"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full.");
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                case "connect_timeout":
                    builder.Timeout = int.TryParse(value, out var seconds) ? seconds : throw new FormatException("connect_timeout must be a number of seconds.");
                    break;
                default:
                    break;
            }
        }
    }
}
