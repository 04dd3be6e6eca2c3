using Meetinity.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.Accounts;

/// <summary>Reads an account as the contract shows it, as a DTO or as the whole user resource.</summary>
public sealed class AccountReader(AccountsDbContext db, IEnumerable<IUserResourceComposer> composers)
{
    public async Task<AccountDto> ToDtoAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var providers = await db.UserLogins.Where(l => l.UserId == account.Id).Select(l => l.LoginProvider).ToListAsync(cancellationToken);
        return account.ToDto(providers);
    }

    public async Task<object> ToUserAsync(Account account, Guid viewerId, bool viewerIsAdmin, CancellationToken cancellationToken)
    {
        var dto = await ToDtoAsync(account, cancellationToken);
        return composers.LastOrDefault() is { } composer
            ? await composer.ComposeAsync(dto, viewerId, viewerIsAdmin, cancellationToken)
            : dto;
    }
}
