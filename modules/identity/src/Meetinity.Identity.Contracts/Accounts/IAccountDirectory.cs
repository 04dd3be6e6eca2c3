namespace Meetinity.Identity.Accounts;

/// <summary>Reads accounts for other modules (the Profile module shows their e-mail, role and sign-in methods).</summary>
public interface IAccountDirectory
{
    Task<AccountDto?> FindAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>The accounts that exist among <paramref name="accountIds"/>, by id.</summary>
    Task<IReadOnlyDictionary<Guid, AccountDto>> FindManyAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);
}
