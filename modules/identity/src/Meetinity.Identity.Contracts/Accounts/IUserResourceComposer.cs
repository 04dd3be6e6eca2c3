namespace Meetinity.Identity.Accounts;

/// <summary>
/// Builds the contract's user resource around an account. The module that owns the profile
/// (Profile) implements it, so that sign-in answers, <c>/auth/profile</c> and the admin
/// endpoints show the whole user; without one, the account's own fields are the user.
/// </summary>
public interface IUserResourceComposer
{
    /// <summary>The user as <paramref name="viewerId"/> may see it (the account itself at sign-in).</summary>
    Task<object> ComposeAsync(AccountDto account, Guid viewerId, bool viewerIsAdmin, CancellationToken cancellationToken);
}
