namespace Meetinity.Identity.Accounts;

/// <summary>An account was created at its first sign-in, with what the provider told about the person.</summary>
public sealed record AccountRegistered(Guid AccountId, string? Email, string? Name, string? PictureUrl, string Provider);

/// <summary>An account was suspended or reinstated by an admin.</summary>
public sealed record AccountSuspensionChanged(Guid AccountId, bool Suspended);

/// <summary>
/// What another module does when an account's life changes (the Profile module creates or
/// hides a profile). Called inside the transaction that made the change.
/// </summary>
public interface IAccountEventHandler
{
    Task OnRegisteredAsync(AccountRegistered registered, CancellationToken cancellationToken);

    Task OnSuspensionChangedAsync(AccountSuspensionChanged changed, CancellationToken cancellationToken);
}
