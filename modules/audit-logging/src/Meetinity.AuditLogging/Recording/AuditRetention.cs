using Meetinity.AuditLogging.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Meetinity.AuditLogging.Recording;

/// <summary>Deletes records older than the retention period, once an hour (on every instance; the delete is idempotent).</summary>
public sealed partial class AuditRetention(IServiceScopeFactory scopes, AuditRetentionPeriod period, TimeProvider time, ILogger<AuditRetention> logger) : BackgroundService
{
    /// <summary>Deletes what is past retention now; returns how many records went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(period.Days());
        return await db.Entries.Where(e => e.OccurredAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Audit retention could not purge old records; will retry")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>How many days records are kept; read at every purge, so a changed setting applies without a restart.</summary>
public sealed record AuditRetentionPeriod(Func<int> Days);
