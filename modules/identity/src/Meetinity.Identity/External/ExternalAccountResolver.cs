using Meetinity.Core.Errors;
using Meetinity.Identity.Accounts;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Meetinity.Identity.External;

/// <summary>
/// Finds or creates the account a provider sign-in belongs to, without ever handing one
/// person's account to another: a login is linked to an existing account by e-mail only
/// when the provider vouches for the address and the account's address was verified.
/// A vouched address held by an unverified account is taken over: that account loses the
/// address, its password and its sessions, and the person gets an account of their own.
/// </summary>
public sealed class ExternalAccountResolver(
    UserManager<Account> users,
    SessionStore sessions,
    SecurityLog securityLog,
    IEnumerable<IAccountEventHandler> eventHandlers,
    TimeProvider time)
{
    public async Task<Account> ResolveAsync(ExternalIdentity identity, Guid? linkAccountId, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var owner = await users.FindByLoginAsync(identity.Provider, identity.ProviderKey);
        if (linkAccountId is { } accountId)
        {
            return await LinkAsync(identity, owner, accountId, origin);
        }

        if (owner is not null)
        {
            return owner;
        }

        var holder = identity.Email is null ? null : await users.FindByEmailAsync(identity.Email);
        if (holder is not null)
        {
            if (!identity.EmailVouched)
            {
                throw AccountExists(identity.Provider);
            }

            if (holder.EmailConfirmed)
            {
                await AddLoginAsync(holder, identity, origin);
                return holder;
            }

            await TakeOverAddressAsync(holder, identity, origin, cancellationToken);
        }

        return await CreateAsync(identity, origin, cancellationToken);
    }

    private async Task<Account> LinkAsync(ExternalIdentity identity, Account? owner, Guid accountId, RequestOrigin origin)
    {
        var account = await users.FindByIdAsync(accountId.ToString()) ?? throw new NotFoundException("The account no longer exists.");
        if (owner is not null && owner.Id != account.Id)
        {
            throw new ConflictException($"This {identity.Provider} account is already linked to another Meetinity account.", "login_in_use");
        }

        if (owner is null)
        {
            if ((await users.GetLoginsAsync(account)).Any(l => l.LoginProvider == identity.Provider))
            {
                throw new ConflictException($"Another {identity.Provider} account is already linked; unlink it first.", "provider_already_linked");
            }

            await AddLoginAsync(account, identity, origin);
        }

        return account;
    }

    private async Task AddLoginAsync(Account account, ExternalIdentity identity, RequestOrigin origin)
    {
        Check(await users.AddLoginAsync(account, new UserLoginInfo(identity.Provider, identity.ProviderKey, identity.Provider)));
        securityLog.Add(SecurityEventTypes.LoginLinked, account.Id, origin, identity.Provider);
    }

    private async Task TakeOverAddressAsync(Account holder, ExternalIdentity identity, RequestOrigin origin, CancellationToken cancellationToken)
    {
        holder.Email = null;
        holder.NormalizedEmail = null;
        holder.PasswordHash = null;
        holder.UpdatedAt = time.GetUtcNow();
        await sessions.RevokeAllAsync(holder.Id, "email_taken_over", cancellationToken);
        securityLog.Add(SecurityEventTypes.EmailTakenOver, holder.Id, origin, identity.Provider,
            "A verified sign-in claimed this account's unverified e-mail address.");
        Check(await users.UpdateAsync(holder));
    }

    private async Task<Account> CreateAsync(ExternalIdentity identity, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = new Account
        {
            Id = Guid.CreateVersion7(),
            Email = identity.Email,
            EmailConfirmed = identity.EmailVouched,
            Name = Truncate(identity.Name, AccountConsts.MaxNameLength),
            PictureUrl = identity.PictureUrl is { Length: <= AccountConsts.MaxPictureUrlLength } picture ? picture : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        account.UserName = account.Id.ToString("N");
        Check(await users.CreateAsync(account));
        securityLog.Add(SecurityEventTypes.AccountCreated, account.Id, origin, identity.Provider);
        await AddLoginAsync(account, identity, origin);
        var registered = new AccountRegistered(account.Id, account.Email, account.Name, account.PictureUrl, identity.Provider);
        foreach (var handler in eventHandlers)
        {
            await handler.OnRegisteredAsync(registered, cancellationToken);
        }

        return account;
    }

    private static string? Truncate(string? value, int length) => value is null ? null : value[..Math.Min(value.Length, length)];

    private static ConflictException AccountExists(string provider) => new(
        $"An account with this e-mail address already exists. Sign in to it the usual way, then link {provider} with POST /auth/{provider}/link.",
        "account_exists");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ConflictException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
