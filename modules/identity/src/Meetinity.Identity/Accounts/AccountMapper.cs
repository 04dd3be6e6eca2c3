namespace Meetinity.Identity.Accounts;

internal static class AccountMapper
{
    public static AccountDto ToDto(this Account account, IEnumerable<string> providers) => new(
        account.Id,
        account.Email,
        account.EmailConfirmed,
        account.Name,
        account.PictureUrl,
        [.. providers.Order(StringComparer.Ordinal)],
        account.Role,
        account.Suspended,
        account.CreatedAt,
        account.UpdatedAt,
        account.LastLoginAt);
}
