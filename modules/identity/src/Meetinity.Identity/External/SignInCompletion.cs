using Meetinity.Core.Errors;
using Meetinity.Identity.Accounts;
using Meetinity.Identity.Auth;
using Meetinity.Identity.Data;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Meetinity.Identity.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Storage;

namespace Meetinity.Identity.External;

/// <summary>
/// Turns a provider identity into a signed-in session: the account, its session, the
/// security events and the tokens, in one transaction.
/// </summary>
public sealed class SignInCompletion(
    AccountsDbContext db,
    UserManager<Account> users,
    ExternalAccountResolver resolver,
    SessionStore sessions,
    SecurityLog securityLog,
    AccessTokens accessTokens,
    AccountReader reader,
    ExternalSignInSettings settings,
    TimeProvider time)
{
    public async Task<TokenResponse> CompleteAsync(ExternalIdentity identity, Guid? linkAccountId, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = await resolver.ResolveAsync(identity, linkAccountId, origin, cancellationToken);
        return await FinishAsync(account, identity.Provider, origin, transaction, cancellationToken);
    }

    /// <summary>Signs in an account whose password was just checked.</summary>
    public async Task<TokenResponse> CompleteWithPasswordAsync(Account account, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return await FinishAsync(account, LocalAccounts.SignInProviders.Password, origin, transaction, cancellationToken);
    }

    private async Task<TokenResponse> FinishAsync(Account account, string provider, RequestOrigin origin, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        if (account.Suspended)
        {
            securityLog.Add(SecurityEventTypes.SignInFailed, account.Id, origin, provider, "The account is suspended.");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            throw new ApiException(403, "account_suspended", "This account is suspended.");
        }

        var now = time.GetUtcNow();
        if (account.EmailConfirmed && settings.IsAdminEmail(account.Email))
        {
            account.Role = IdentityRoles.Admin;
        }

        account.LastLoginAt = now;
        account.UpdatedAt = now;
        var (session, refreshToken) = sessions.Start(account.Id, provider, origin);
        securityLog.Add(SecurityEventTypes.SignIn, account.Id, origin, provider);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var lifetime = accessTokens.LifetimeSeconds;
        return new TokenResponse(accessTokens.Issue(account, session.Id, lifetime), refreshToken, lifetime,
            await reader.ToUserAsync(account, account.Id, account.Role == IdentityRoles.Admin, cancellationToken));
    }

    /// <summary>Removes a provider from an account, unless it is the account's last way to sign in.</summary>
    public async Task UnlinkAsync(Guid accountId, string provider, RequestOrigin origin)
    {
        var account = await users.FindByIdAsync(accountId.ToString()) ?? throw new NotFoundException();
        var logins = await users.GetLoginsAsync(account);
        var login = logins.FirstOrDefault(l => l.LoginProvider == provider)
            ?? throw new NotFoundException($"No {provider} sign-in is linked to this account.");
        if (logins.Count == 1 && account.PasswordHash is null)
        {
            throw new ConflictException("This is the account's last way to sign in; link another provider or set a password first.", "last_sign_in_method");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        securityLog.Add(SecurityEventTypes.LoginUnlinked, account.Id, origin, provider);
        var result = await users.RemoveLoginAsync(account, provider, login.ProviderKey);
        if (!result.Succeeded)
        {
            throw new ConflictException("The sign-in could not be unlinked.");
        }

        await transaction.CommitAsync();
    }
}
