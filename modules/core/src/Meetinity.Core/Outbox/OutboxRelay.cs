using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Meetinity.Core.Outbox;

/// <summary>
/// Delivers a module's outbox off the request path: takes unprocessed messages with
/// <c>FOR UPDATE SKIP LOCKED</c> (so instances share the work), hands each type to its
/// handler, and marks them processed in the same transaction. A failed batch is retried.
/// </summary>
public sealed partial class OutboxRelay<TContext>(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxRelay<TContext>> logger)
    : BackgroundService
    where TContext : DbContext, IOutboxContext
{
    public const int BatchSize = 200;
    private static readonly TimeSpan s_idle = TimeSpan.FromMilliseconds(250);

    /// <summary>Delivers everything pending now; returns how many messages were delivered.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        int batch;
        do
        {
            batch = await DeliverBatchAsync(cancellationToken);
            delivered += batch;
        }
        while (batch == BatchSize);
        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DeliverBatchAsync(stoppingToken) < BatchSize)
                {
                    // Polling runs on the wall clock (a test's fake clock must not stop delivery).
                    await Task.Delay(s_idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (IsTransient(e))
            {
                LogFailed(logger, typeof(TContext).Name, e);
                await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
            }
        }
    }

    private static bool IsTransient(Exception e) =>
        e is DbUpdateException or Npgsql.NpgsqlException or InvalidOperationException or TimeoutException;

    private async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var handlers = scope.ServiceProvider.GetServices<IOutboxHandler>().ToDictionary(h => h.Type, StringComparer.Ordinal);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var table = $"{context.Model.GetDefaultSchema()}.outbox";
#pragma warning disable EF1002 // The table name comes from the model, not from input.
        var messages = await context.OutboxMessages
            .FromSqlRaw($"SELECT * FROM {table} WHERE processed_at IS NULL ORDER BY created_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        foreach (var group in messages.GroupBy(m => m.Type))
        {
            if (!handlers.TryGetValue(group.Key, out var handler))
            {
                continue;
            }

            await handler.HandleAsync([.. group], cancellationToken);
            foreach (var message in group)
            {
                message.ProcessedAt = time.GetUtcNow();
                message.Attempts++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return messages.Count;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Outbox of {Context} could not be delivered; retrying")]
    private static partial void LogFailed(ILogger logger, string context, Exception exception);
}
