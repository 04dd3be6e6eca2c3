using Meetinity.Identity.Data;

namespace Meetinity.Identity.Security;

/// <summary>
/// Adds security events to the module's unit of work, so that an event is saved in the
/// same transaction as the change it records, or not at all.
/// </summary>
public sealed class SecurityLog(AccountsDbContext db, TimeProvider time)
{
    public void Add(string type, Guid? accountId, RequestOrigin origin, string? provider = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(origin);
        db.SecurityEvents.Add(new SecurityEvent
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Type = type,
            Provider = provider,
            Ip = origin.Ip,
            UserAgent = origin.UserAgent,
            Detail = detail is null ? null : detail[..Math.Min(detail.Length, SecurityEvent.MaxDetailLength)],
            CreatedAt = time.GetUtcNow(),
        });
    }
}
