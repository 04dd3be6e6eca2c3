using System.Text.Json;
using Meetinity.Core.Outbox;
using Meetinity.Identity.Data;
using Meetinity.Identity.Mail;
using Meetinity.Identity.Security;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.LocalAccounts;

/// <summary>
/// <c>POST /auth/password/forgot</c> only records the request (an outbox row, the same work for
/// every address); this handler, off the request path, looks the address up and, if an account
/// holds it, issues the token and queues the mail, in the relay's transaction.
/// </summary>
internal sealed class PasswordResetRequests(AccountsDbContext db, AccountMails mails, SecurityLog securityLog, TimeProvider time) : IOutboxHandler
{
    public const string MessageType = "identity.password_reset_requested";

    public string Type => MessageType;

    public static OutboxMessage Message(string normalizedEmail, RequestOrigin origin, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Type = MessageType,
        Payload = JsonSerializer.Serialize(new Request(normalizedEmail, origin.Ip, origin.UserAgent)),
        CreatedAt = now,
    };

    public async Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            var request = JsonSerializer.Deserialize<Request>(message.Payload)!;
            var account = await db.Users.Where(a => a.NormalizedEmail == request.Email)
                .OrderByDescending(a => a.EmailConfirmed).FirstOrDefaultAsync(cancellationToken);
            // Requests older than a reset link's lifetime are stale: the person has moved on.
            if (account is null || time.GetUtcNow() - message.CreatedAt > TimeSpan.FromHours(1))
            {
                continue;
            }

            securityLog.Add(SecurityEventTypes.PasswordResetRequested, account.Id, new RequestOrigin(request.Ip, request.UserAgent));
            await mails.SendResetAsync(account, MailTemplates.ResetPassword, cancellationToken);
        }
    }

    private sealed record Request(string Email, string? Ip, string? UserAgent);
}
