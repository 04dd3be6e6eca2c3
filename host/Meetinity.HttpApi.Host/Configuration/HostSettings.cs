using System.Globalization;
using System.Net;
using Meetinity.Core;
using Meetinity.Core.Caching;
using Meetinity.Core.Data;

namespace Meetinity.HttpApi.Host.Configuration;

/// <summary>
/// The host's own settings, read and checked once at start: a bad value stops start-up
/// with a message that names the variable (never its value, which may hold a password).
/// </summary>
internal sealed record HostSettings(
    int Port,
    IReadOnlyList<string> CorsOrigins,
    IReadOnlyList<IPNetwork> TrustedProxies,
    string? DatabaseConnectionString,
    bool DatabaseEcho,
    string UploadUrlPrefix)
{
    public const int DefaultPort = 5001;

    public static HostSettings Load(IConfiguration configuration)
    {
        var errors = new List<string>();
        var settings = new HostSettings(
            Read(configuration, "App:Port", DefaultPort, ParsePort, errors),
            Read(configuration, "App:CorsOrigins", ["*"], ParseOrigins, errors),
            Read(configuration, "App:TrustedProxies", [], ParseProxies, errors),
            Read<string?>(configuration, "Database:Url", null, PostgresConnectionString.Parse, errors),
            Read(configuration, "Database:Echo", false, ParseBoolean, errors),
            Read(configuration, ConfigurationKeys.UploadUrlPrefix, ConfigurationKeys.DefaultUploadUrlPrefix, ParseUrlPrefix, errors));
        Read<object?>(configuration, ConfigurationKeys.RedisUrl, null, RedisConnectionString.Parse, errors);
        Read(configuration, "Cache:TtlSeconds", 300, ParsePositive, errors);
        Read<Uri?>(configuration, "App:FrontendUrl", null, ParseAbsoluteUrl, errors);
        return errors.Count == 0
            ? settings
            : throw new InvalidOperationException("Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    private static T Read<T>(IConfiguration configuration, string key, T fallback, Func<string, T> parse, List<string> errors)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        try
        {
            return parse(value);
        }
        catch (FormatException e)
        {
            errors.Add($"- {SeedVariables.Describe(key)} is not valid: {e.Message}");
            return fallback;
        }
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new FormatException("expected a TCP port from 1 to 65535.");

    private static int ParsePositive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new FormatException("expected a whole number of at least 1.");

    internal static bool ParseBoolean(string value) => value.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" or "ON" => true,
        "FALSE" or "0" or "NO" or "OFF" => false,
        _ => throw new FormatException("expected true or false."),
    };

    private static IReadOnlyList<string> ParseOrigins(string value)
    {
        var origins = Split(value);
        foreach (var origin in origins.Where(o => o != "*"))
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/")
            {
                throw new FormatException($"'{origin}' is not an origin such as https://app.example.com (or *).");
            }
        }

        return origins;
    }

    private static IReadOnlyList<IPNetwork> ParseProxies(string value) =>
        Split(value).Select(entry => IPNetwork.TryParse(entry, out var network)
                ? network
                : IPAddress.TryParse(entry, out var address)
                    ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
                    : throw new FormatException($"'{entry}' is neither an IP address nor a CIDR range."))
            .ToList();

    private static string ParseUrlPrefix(string value) =>
        value.StartsWith('/') && !value.Contains("..", StringComparison.Ordinal) && Uri.IsWellFormedUriString(value, UriKind.Relative)
            ? value.TrimEnd('/')
            : throw new FormatException("expected a path starting with / such as /uploads.");

    private static Uri ParseAbsoluteUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new FormatException("expected an absolute http(s) URL.");

    private static string[] Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
