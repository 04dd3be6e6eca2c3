using Meetinity.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.Accounts;

internal sealed class AccountDirectory(AccountsDbContext db) : IAccountDirectory
{
    public async Task<AccountDto?> FindAsync(Guid accountId, CancellationToken cancellationToken) =>
        (await FindManyAsync([accountId], cancellationToken)).GetValueOrDefault(accountId);

    public async Task<IReadOnlyDictionary<Guid, AccountDto>> FindManyAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var accounts = await db.Users.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking()
            .Where(l => accountIds.Contains(l.UserId))
            .Select(l => new { l.UserId, l.LoginProvider })
            .ToListAsync(cancellationToken);
        var providers = logins.ToLookup(l => l.UserId, l => l.LoginProvider);
        return accounts.ToDictionary(a => a.Id, a => a.ToDto(providers[a.Id]));
    }
}
