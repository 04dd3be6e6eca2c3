using System.Security.Cryptography;
using System.Text;
using Meetinity.Core.Errors;
using Meetinity.Identity.Data;
using Meetinity.Identity.Security;
using Meetinity.Settings;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.Sessions;

/// <summary>
/// Sessions and their rotating refresh tokens. A refresh token is 256 random bits, kept
/// only as its SHA-256 hash; each use spends it and issues the next. A spent token
/// presented again revokes its whole session, except the immediately previous token
/// within <see cref="ReuseGrace"/> (two tabs refreshing at once).
/// </summary>
public sealed class SessionStore(AccountsDbContext db, ISettingProvider settings, SecurityLog securityLog, TimeProvider time)
{
    public static readonly TimeSpan ReuseGrace = TimeSpan.FromSeconds(10);

    /// <summary>Starts a session; the caller saves the unit of work.</summary>
    public (Session Session, string RefreshToken) Start(Guid accountId, string provider, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var now = time.GetUtcNow();
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Provider = provider,
            CreatedAt = now,
            LastUsedAt = now,
            ExpiresAt = now.AddDays(settings.GetInt(IdentitySettingNames.SessionMaxDays)),
            Ip = origin.Ip,
            UserAgent = origin.UserAgent,
        };
        db.Sessions.Add(session);
        return (session, AddToken(session, now));
    }

    /// <summary>Spends <paramref name="refreshToken"/> and returns its session and the next token; saves.</summary>
    public async Task<(Session Session, string RefreshToken)> RotateAsync(string refreshToken, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = Hash(refreshToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var token = await db.RefreshTokens
            .FromSql($"SELECT * FROM identity.refresh_tokens WHERE hash = {hash} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken) ?? throw InvalidRefreshToken();
        var session = await db.Sessions.SingleAsync(s => s.Id == token.SessionId, cancellationToken);
        if (!session.IsActive(now) || token.ExpiresAt <= now)
        {
            throw InvalidRefreshToken();
        }

        if (token.SpentAt is { } spentAt && !await IsGraceReuseAsync(token, spentAt, now, cancellationToken))
        {
            Revoke(session, "refresh_token_reused", now);
            securityLog.Add(SecurityEventTypes.RefreshReuse, session.AccountId, origin, session.Provider);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            throw InvalidRefreshToken();
        }

        token.SpentAt ??= now;
        session.LastUsedAt = now;
        var next = AddToken(session, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (session, next);
    }

    public static void Revoke(Session session, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.RevokedAt is null)
        {
            session.RevokedAt = now;
            session.RevokedReason = reason;
        }
    }

    /// <summary>Revokes every active session of an account; the caller saves.</summary>
    public async Task RevokeAllAsync(Guid accountId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var session in await db.Sessions.Where(s => s.AccountId == accountId && s.RevokedAt == null).ToListAsync(cancellationToken))
        {
            Revoke(session, reason, now);
        }
    }

    public static byte[] Hash(string refreshToken) => SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken));

    private async Task<bool> IsGraceReuseAsync(RefreshToken token, DateTimeOffset spentAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - spentAt > ReuseGrace)
        {
            return false;
        }

        var lastSpent = await db.RefreshTokens.Where(t => t.SessionId == token.SessionId && t.SpentAt != null)
            .OrderByDescending(t => t.SpentAt).ThenByDescending(t => t.CreatedAt).Select(t => t.Id).FirstAsync(cancellationToken);
        return lastSpent == token.Id;
    }

    private string AddToken(Session session, DateTimeOffset now)
    {
        var raw = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var expires = now.AddDays(settings.GetInt(IdentitySettingNames.RefreshTokenDays));
        db.RefreshTokens.Add(new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            Hash = Hash(raw),
            CreatedAt = now,
            ExpiresAt = expires < session.ExpiresAt ? expires : session.ExpiresAt,
        });
        return raw;
    }

    private static ApiException InvalidRefreshToken() =>
        new(401, ErrorCodes.InvalidToken, "The refresh token is not valid, has expired, or was already used.");
}
