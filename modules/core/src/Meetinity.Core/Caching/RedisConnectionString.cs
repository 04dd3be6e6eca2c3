using StackExchange.Redis;

namespace Meetinity.Core.Caching;

/// <summary>
/// Reads <c>REDIS_URL</c> as <c>redis://[[user]:password@]host[:port][/db]</c> or
/// <c>rediss://…</c> (TLS), or as a StackExchange.Redis configuration string.
/// </summary>
public static class RedisConnectionString
{
    /// <exception cref="FormatException">The value is not a Redis URL or configuration string.</exception>
    public static ConfigurationOptions Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = value.Trim();
        var options = value.Contains("://", StringComparison.Ordinal) ? ParseUrl(value) : ParseConfiguration(value);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 2000;
        options.AsyncTimeout = 2000;
        return options;
    }

    private static ConfigurationOptions ParseConfiguration(string value)
    {
        try
        {
            var options = ConfigurationOptions.Parse(value);
            return options.EndPoints.Count == 0 ? throw new FormatException("it names no host.") : options;
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"it is not a valid Redis configuration ({e.Message}).", e);
        }
    }

    private static ConfigurationOptions ParseUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss") || uri.Host.Length == 0)
        {
            throw new FormatException("it is not a redis:// or rediss:// URL (expected redis://[:password@]host:port/db).");
        }

        var options = new ConfigurationOptions { Ssl = uri.Scheme == "rediss" };
        options.EndPoints.Add(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port);
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo.Length == 2)
        {
            options.User = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : null;
            options.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        else if (userInfo[0].Length > 0)
        {
            options.Password = Uri.UnescapeDataString(userInfo[0]);
        }

        var path = uri.AbsolutePath.Trim('/');
        if (path.Length > 0)
        {
            options.DefaultDatabase = int.TryParse(path, out var db) && db >= 0
                ? db
                : throw new FormatException($"the database '{path}' is not a non-negative number.");
        }

        return options;
    }
}
