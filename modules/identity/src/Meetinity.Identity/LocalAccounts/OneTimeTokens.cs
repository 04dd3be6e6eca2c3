using System.Security.Cryptography;
using System.Text;
using Meetinity.Identity.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.LocalAccounts;

/// <summary>Issues and spends single-use tokens (256 random bits, Base64Url); only their hashes are kept.</summary>
public sealed class OneTimeTokens(AccountsDbContext db, TimeProvider time)
{
    /// <summary>A new token for <paramref name="purpose"/>; the account's earlier ones of that purpose stop working.</summary>
    public async Task<string> IssueAsync(Guid accountId, string purpose, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        await db.AccountTokens.Where(t => t.AccountId == accountId && t.Purpose == purpose).ExecuteDeleteAsync(cancellationToken);
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        db.AccountTokens.Add(new AccountToken
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Purpose = purpose,
            Hash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        });
        return token;
    }

    /// <summary>Takes the token (deleted, so it works once); null when unknown, spent, expired or of another purpose.</summary>
    public async Task<AccountToken?> SpendAsync(string? token, string purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var hash = Hash(token);
        var row = await db.AccountTokens.FromSql($"DELETE FROM identity.one_time_tokens WHERE hash = {hash} AND purpose = {purpose} RETURNING *")
            .AsNoTracking().ToListAsync(cancellationToken);
        return row is [var found] && found.ExpiresAt > time.GetUtcNow() ? found : null;
    }

    /// <summary>The token's row if it would be spent now, without spending it (to check the rest of a request first).</summary>
    public async Task<AccountToken?> PeekAsync(string? token, string purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var hash = Hash(token);
        var now = time.GetUtcNow();
        return await db.AccountTokens.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Hash == hash && t.Purpose == purpose && t.ExpiresAt > now, cancellationToken);
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
