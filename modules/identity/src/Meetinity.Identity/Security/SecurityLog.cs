using System.Diagnostics;
using Meetinity.AuditLogging;
using Meetinity.Identity.Data;

namespace Meetinity.Identity.Security;

/// <summary>
/// Adds security events to the module's unit of work, so that an event is saved in the
/// same transaction as the change it records, or not at all.
/// </summary>
public sealed class SecurityLog(AccountsDbContext db, TimeProvider time)
{
    /// <summary>
    /// Records <paramref name="type"/> for <paramref name="accountId"/> in the security log and,
    /// through the outbox, in the audit log; <paramref name="actorId"/> is who did it when that
    /// is someone else (an admin).
    /// </summary>
    public void Add(string type, Guid? accountId, RequestOrigin origin, string? provider = null, string? detail = null, Guid? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var securityEvent = new SecurityEvent
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Type = type,
            Provider = provider,
            Ip = origin.Ip,
            UserAgent = origin.UserAgent,
            Detail = detail is null ? null : detail[..Math.Min(detail.Length, SecurityEvent.MaxDetailLength)],
            CreatedAt = time.GetUtcNow(),
        };
        db.SecurityEvents.Add(securityEvent);
        db.OutboxMessages.Add(new AuditRecord(
            securityEvent.Id, securityEvent.CreatedAt, AuditKinds.Security, type, actorId ?? accountId, origin.Ip, origin.UserAgent,
            null, null, "account", accountId?.ToString(), type == SecurityEventTypes.SignInFailed ? AuditOutcomes.Failure : AuditOutcomes.Success,
            null, null, Activity.Current?.TraceId.ToString(), JoinDetail(provider, securityEvent.Detail), []).ToOutboxMessage());
    }

    private static string? JoinDetail(string? provider, string? detail) =>
        provider is null ? detail : detail is null ? $"provider={provider}" : $"provider={provider}; {detail}";
}
