using Meetinity.Identity.Data;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.Accounts;

/// <summary>Deletes the account row; logins, claims, sessions and refresh tokens go with it by cascade.</summary>
internal sealed class AccountDeletion(AccountsDbContext db, SecurityLog securityLog, IHttpContextAccessor accessor, LiveSessionCheck liveSessions) : IAccountDeletion
{
    public async Task<bool> DeleteAsync(Guid accountId, Guid? actorId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = await db.Users.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return false;
        }

        var sessionIds = await db.Sessions.Where(s => s.AccountId == accountId).Select(s => s.Id).ToListAsync(cancellationToken);
        var origin = accessor.HttpContext is { } http ? RequestOrigin.From(http) : new RequestOrigin(null, null);
        securityLog.Add(SecurityEventTypes.AccountDeleted, account.Id, origin, actorId: actorId);
        db.Users.Remove(account);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        sessionIds.ForEach(liveSessions.Forget);
        return true;
    }
}
