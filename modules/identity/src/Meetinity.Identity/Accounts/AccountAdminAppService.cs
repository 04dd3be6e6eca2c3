using Meetinity.Core.Errors;
using Meetinity.Core.Users;
using Meetinity.Identity.Data;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.Accounts;

/// <summary>Admins promote, demote, suspend and reinstate accounts. Suspension ends every session at once.</summary>
[Route("users/{id}")]
[Authorize(Roles = IdentityRoles.Admin)]
public sealed class AccountAdminAppService(
    IHttpContextAccessor accessor,
    AccountsDbContext db,
    SessionStore sessions,
    SecurityLog securityLog,
    AccountReader reader,
    ICurrentUser currentUser,
    IEnumerable<IAccountEventHandler> eventHandlers,
    TimeProvider time) : IAccountAdminAppService
{
    private HttpContext Http => accessor.HttpContext!;

    [HttpPut("role")]
    public async Task<UserEnvelope> SetRoleAsync(Guid id, SetRoleInput input)
    {
        if (!IdentityRoles.IsValid(input?.Role))
        {
            throw new RequestValidationException("role", $"role must be '{IdentityRoles.User}' or '{IdentityRoles.Admin}'.");
        }

        var account = await FindAsync(id);
        var previous = account.Role;
        if (id == currentUser.Id && input!.Role != IdentityRoles.Admin)
        {
            throw new ConflictException("Admins cannot demote themselves; ask another admin.", "cannot_demote_self");
        }

        account.Role = input!.Role!;
        account.UpdatedAt = time.GetUtcNow();
        securityLog.Add(SecurityEventTypes.RoleChanged, account.Id, RequestOrigin.From(Http), detail: $"{previous} -> {account.Role}", actorId: currentUser.Id);
        await db.SaveChangesAsync(Http.RequestAborted);
        return new UserEnvelope(await reader.ToUserAsync(account, currentUser.Id!.Value, viewerIsAdmin: true, Http.RequestAborted));
    }

    [HttpPut("suspension")]
    public async Task<UserEnvelope> SetSuspensionAsync(Guid id, SetSuspensionInput input)
    {
        if (input?.Suspended is not { } suspended)
        {
            throw new RequestValidationException("suspended", "suspended (true or false) is required.");
        }

        if (input.Reason is { Length: > AccountConsts.MaxSuspensionReasonLength })
        {
            throw new RequestValidationException("reason", $"reason is at most {AccountConsts.MaxSuspensionReasonLength} characters.");
        }

        if (id == currentUser.Id)
        {
            throw new ConflictException("Admins cannot suspend themselves.", "cannot_suspend_self");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(Http.RequestAborted);
        var account = await FindAsync(id);
        account.Suspended = suspended;
        account.SuspensionReason = suspended ? input.Reason : null;
        account.UpdatedAt = time.GetUtcNow();
        if (suspended)
        {
            await sessions.RevokeAllAsync(account.Id, "suspended", Http.RequestAborted);
        }

        securityLog.Add(suspended ? SecurityEventTypes.Suspended : SecurityEventTypes.Reinstated, account.Id, RequestOrigin.From(Http), actorId: currentUser.Id);
        foreach (var handler in eventHandlers)
        {
            await handler.OnSuspensionChangedAsync(new AccountSuspensionChanged(account.Id, suspended), Http.RequestAborted);
        }

        await db.SaveChangesAsync(Http.RequestAborted);
        await transaction.CommitAsync(Http.RequestAborted);
        return new UserEnvelope(await reader.ToUserAsync(account, currentUser.Id!.Value, viewerIsAdmin: true, Http.RequestAborted));
    }

    private async Task<Account> FindAsync(Guid id) =>
        await db.Users.SingleOrDefaultAsync(a => a.Id == id, Http.RequestAborted) ?? throw new NotFoundException("No such user.");
}
