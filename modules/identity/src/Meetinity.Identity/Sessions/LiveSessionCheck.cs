using Meetinity.Core.Users;
using Meetinity.Identity.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.Identity.Sessions;

/// <summary>
/// Makes logout, session revocation and suspension bite on every endpoint, not only at
/// <c>/auth/verify</c>: a token is refused once its session is no longer alive. The answer
/// is cached for a few seconds per session, so an instance that did not make the change
/// notices within <see cref="CacheFor"/> and a busy client costs one query per window.
/// </summary>
public sealed class LiveSessionCheck(IMemoryCache cache, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    public async Task ValidateAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (!Guid.TryParse(principal?.FindFirst(MeetinityClaims.SessionId)?.Value, out var sessionId)
            || !Guid.TryParse(principal?.FindFirst(MeetinityClaims.Subject)?.Value, out var accountId))
        {
            context.Fail("The token names no session.");
            return;
        }

        var alive = await cache.GetOrCreateAsync(("session-alive", sessionId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            var db = context.HttpContext.RequestServices.GetRequiredService<AccountsDbContext>();
            var now = time.GetUtcNow();
            return await db.Sessions.AnyAsync(s => s.Id == sessionId && s.AccountId == accountId && s.RevokedAt == null && s.ExpiresAt > now
                && db.Users.Any(a => a.Id == accountId && !a.Suspended), context.HttpContext.RequestAborted);
        });
        if (!alive)
        {
            context.Fail("The token's session has ended.");
        }
    }

    /// <summary>Forgets what this instance knew about a session it just ended.</summary>
    public void Forget(Guid sessionId) => cache.Remove(("session-alive", sessionId));
}
