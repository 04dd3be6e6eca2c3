using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Meetinity.AuditLogging.Recording;

/// <summary>
/// Writes queued request records in batches. On a normal shutdown it writes everything
/// still queued once the server has finished its last request.
/// </summary>
internal sealed partial class AuditQueueWriter(AuditQueue queue, IServiceScopeFactory scopes, ILogger<AuditQueueWriter> logger)
    : BackgroundService, IHostedLifecycleService
{
    private const int BatchSize = 500;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs after every hosted service, the web server included, has stopped: no request can still add a record.</summary>
    public Task StoppedAsync(CancellationToken cancellationToken) => DrainAsync(CancellationToken.None);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Records already taken from the queue are written even while stopping.
                await DrainAsync(CancellationToken.None);
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
