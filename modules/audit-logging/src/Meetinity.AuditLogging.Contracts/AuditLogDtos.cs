using Meetinity.Core;
using Meetinity.Core.Paging;

namespace Meetinity.AuditLogging;

/// <summary><c>GET /audit-logs</c> (admins): newest first, filtered by actor, action, target, outcome and time range.</summary>
public interface IAuditLogAppService : IApplicationService
{
    Task<PagedResult<AuditRecord>> GetListAsync(AuditLogQuery query);
}

/// <summary>The query parameters of <c>GET /audit-logs</c>; every one optional.</summary>
public sealed record AuditLogQuery(
    Guid? Actor,
    string? Action,
    string? Target,
    string? Outcome,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Page,
    string? PerPage);
