using Meetinity.AuditLogging.Data;
using Meetinity.Core.Errors;
using Meetinity.Core.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.AuditLogging.Querying;

/// <summary>Admins read the audit log; nothing can change or delete a record through the API.</summary>
[Route("audit-logs")]
[Authorize(Roles = "admin")]
public sealed class AuditLogAppService(IHttpContextAccessor accessor, AuditDbContext db) : IAuditLogAppService
{
    [HttpGet]
    public async Task<PagedResult<AuditRecord>> GetListAsync([FromQuery] AuditLogQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = PageRequest.Parse(query.Page, query.PerPage);
        if (query.Outcome is not (null or AuditOutcomes.Success or AuditOutcomes.Failure))
        {
            throw new RequestValidationException("outcome", "outcome is 'success' or 'failure'.");
        }

        if (query.From > query.To)
        {
            throw new RequestValidationException("from", "from must not be after to.");
        }

        var entries = db.Entries.AsNoTracking();
        entries = query.Actor is { } actor ? entries.Where(e => e.ActorId == actor) : entries;
        entries = query.Action is { Length: > 0 } action ? entries.Where(e => e.Action == action) : entries;
        entries = query.Target is { Length: > 0 } target ? entries.Where(e => e.TargetId == target || e.TargetType == target) : entries;
        entries = query.Outcome is { } outcome ? entries.Where(e => e.Outcome == outcome) : entries;
        entries = query.From is { } from ? entries.Where(e => e.OccurredAt >= from) : entries;
        entries = query.To is { } to ? entries.Where(e => e.OccurredAt <= to) : entries;
        var ct = accessor.HttpContext!.RequestAborted;
        var counted = await entries.Take(MatchCount.Limit + 1).CountAsync(ct);
        var items = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(page.Skip).Take(page.PerPage).ToListAsync(ct);
        return PagedResult<AuditRecord>.Create([.. items.Select(ToRecord)], page, MatchCount.FromCapped(counted));
    }

    private static AuditRecord ToRecord(AuditLogEntry e) => new(
        e.Id, e.OccurredAt, e.Kind, e.Action, e.ActorId, e.Ip, e.UserAgent, e.HttpMethod, e.Path, e.TargetType, e.TargetId,
        e.Outcome, e.Status, e.DurationMs, e.TraceId, e.Detail, e.Changes);
}
