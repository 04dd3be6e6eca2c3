using System.Text.Json;
using Meetinity.Identity.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Meetinity.Identity.Mail;

/// <summary>Adds a mail to the queue of the current change; it is sent when (and only if) the change commits.</summary>
public sealed class MailQueue(AccountsDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    public const string ProtectorPurpose = "Meetinity.Identity.MailQueue";

    public void Add(string to, string template, MailContent content)
    {
        var now = time.GetUtcNow();
        db.MailQueue.Add(new QueuedMail
        {
            Id = Guid.CreateVersion7(),
            To = to,
            Template = template,
            ProtectedContent = protection.CreateProtector(ProtectorPurpose).Protect(JsonSerializer.Serialize(content)),
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
