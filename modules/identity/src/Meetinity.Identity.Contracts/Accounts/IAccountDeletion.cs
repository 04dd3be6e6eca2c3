namespace Meetinity.Identity.Accounts;

/// <summary>
/// Deletes an account with its logins and sessions (its tokens stop working); the person may
/// sign up again as new. The security and audit logs keep only the account id. The Profile
/// module calls this for <c>DELETE /users/{id}</c>, after its own checks.
/// </summary>
public interface IAccountDeletion
{
    /// <summary>Returns false when there is no such account.</summary>
    Task<bool> DeleteAsync(Guid accountId, Guid? actorId, CancellationToken cancellationToken);
}
