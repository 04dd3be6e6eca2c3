using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Meetinity.Settings;

/// <summary>Keeps this instance's settings within one poll interval of what admins stored.</summary>
internal sealed partial class SettingsRefresher(SettingValueCache cache, SettingsModuleOptions options, TimeProvider time, ILogger<SettingsRefresher> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryRefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TryRefreshAsync(stoppingToken);
        }
    }

    private async Task TryRefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await cache.RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Stored settings could not be read; using the last values known")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>How often stored settings are checked for changes (<c>Settings:RefreshMilliseconds</c>, default 1000).</summary>
public sealed record SettingsModuleOptions(TimeSpan RefreshInterval);
