using System.Text.Json;
using Meetinity.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Meetinity.Identity.Mail;

/// <summary>
/// Sends queued mails off the request path. Instances share the queue (<c>FOR UPDATE SKIP
/// LOCKED</c>); a mail that fails is tried again later (2 s, 4 s, ... up to 5 minutes apart),
/// so a slow or absent SMTP server neither blocks a request nor loses a mail.
/// </summary>
public sealed partial class MailDispatcher(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time, ILogger<MailDispatcher> logger)
    : BackgroundService
{
    public const int BatchSize = 20;
    private static readonly TimeSpan s_idle = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is due now; returns how many mails were tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<MailTransport>();
        var protector = protection.CreateProtector(MailQueue.ProtectorPurpose);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.MailQueue
            .FromSql($"SELECT * FROM identity.mail_queue WHERE sent_at IS NULL AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            try
            {
                var content = JsonSerializer.Deserialize<MailContent>(protector.Unprotect(mail.ProtectedContent))!;
                await transport.SendAsync(mail.To, content, cancellationToken);
                mail.SentAt = time.GetUtcNow();
                mail.ProtectedContent = string.Empty;
                mail.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                mail.Attempts++;
                var backoff = TimeSpan.FromSeconds(Math.Min(s_maxBackoff.TotalSeconds, Math.Pow(2, Math.Min(mail.Attempts, 10))));
                mail.NextAttemptAt = time.GetUtcNow() + backoff;
                var error = $"{e.GetType().Name}: {e.Message}";
                mail.LastError = error.Length > 500 ? error[..500] : error;
                LogRetry(logger, mail.Id, mail.Attempts, backoff.TotalSeconds, e.GetType().Name);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SendDueAsync(stoppingToken) < BatchSize)
                {
                    // Polling runs on the wall clock; due times follow the injected clock.
                    await Task.Delay(s_idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The dispatcher must outlive a database outage; the next round retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Mail {MailId} could not be sent (attempt {Attempt}, {Error}); next try in {Seconds} s")]
    private static partial void LogRetry(ILogger logger, Guid mailId, int attempt, double seconds, string error);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The mail queue could not be read; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
