namespace Meetinity.Identity.Accounts;

/// <summary>
/// Told after an account's row, logins or existence changed and the change is committed
/// (sign-in, role, suspension, e-mail, linking, deletion), so that copies elsewhere (the
/// Profile module's cache) can be dropped. A singleton; it must not throw.
/// </summary>
public interface IAccountChangeObserver
{
    ValueTask OnAccountsChangedAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);
}
