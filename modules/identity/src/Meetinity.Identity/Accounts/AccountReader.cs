using Meetinity.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.Accounts;

/// <summary>Reads an account as the contract shows it.</summary>
public sealed class AccountReader(AccountsDbContext db)
{
    public async Task<AccountDto> ToDtoAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var providers = await db.UserLogins.Where(l => l.UserId == account.Id).Select(l => l.LoginProvider).ToListAsync(cancellationToken);
        return account.ToDto(providers);
    }
}
