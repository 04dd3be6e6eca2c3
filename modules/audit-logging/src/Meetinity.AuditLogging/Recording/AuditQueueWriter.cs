using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Meetinity.AuditLogging.Recording;

/// <summary>
/// Writes queued request records in batches. On a normal shutdown it writes everything
/// still queued before the process ends.
/// </summary>
internal sealed partial class AuditQueueWriter(AuditQueue queue, IServiceScopeFactory scopes, ILogger<AuditQueueWriter> logger) : BackgroundService
{
    private const int BatchSize = 500;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await DrainAsync(CancellationToken.None);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await DrainAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // StopAsync drains what is left.
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var batch = new List<AuditRecord>(BatchSize);
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(batch, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLost(logger, batch.Count, e);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "{Count} request audit records could not be written")]
    private static partial void LogLost(ILogger logger, int count, Exception exception);
}
