using Meetinity.Core.Errors;
using Meetinity.Core.Paging;
using Meetinity.Core.Users;
using Meetinity.Identity.Accounts;
using Meetinity.Identity.Data;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Meetinity.Identity.Tokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.Auth;

/// <summary>Refresh, verify, logout, sessions, the caller's account and security log.</summary>
[Route("auth")]
public sealed class TokenAppService(
    IHttpContextAccessor accessor,
    AccountsDbContext db,
    SessionStore sessions,
    AccessTokens accessTokens,
    AccountReader reader,
    SecurityLog securityLog,
    LiveSessionCheck liveSessions,
    ICurrentUser currentUser,
    TimeProvider time) : ITokenAppService
{
    private HttpContext Http => accessor.HttpContext!;

    [HttpPost("refresh")]
    [EnableRateLimiting(IdentityModule.AuthRateLimitPolicy)]
    public async Task<TokenPair> RefreshAsync(RefreshInput input)
    {
        if (string.IsNullOrEmpty(input?.RefreshToken))
        {
            throw new RequestValidationException("refresh_token", "refresh_token is required.");
        }

        var (session, next) = await sessions.RotateAsync(input.RefreshToken, RequestOrigin.From(Http), Http.RequestAborted);
        var account = await db.Users.SingleAsync(a => a.Id == session.AccountId, Http.RequestAborted);
        if (account.Suspended)
        {
            throw new ApiException(401, ErrorCodes.InvalidToken, "The account is suspended.");
        }

        var lifetime = accessTokens.LifetimeSeconds;
        return new TokenPair(accessTokens.Issue(account, session.Id, lifetime), next, lifetime);
    }

    /// <summary>The token from the body or the Authorization header; valid only while its session and account are.</summary>
    [HttpPost("verify")]
    public async Task<VerifyResult> VerifyAsync([FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] VerifyInput? input)
    {
        var token = input?.Token ?? BearerToken();
        var identity = token is null ? null : await accessTokens.ValidateAsync(token);
        var sub = Guid.TryParse(identity?.FindFirst(MeetinityClaims.Subject)?.Value, out var id) ? id : (Guid?)null;
        var sid = Guid.TryParse(identity?.FindFirst(MeetinityClaims.SessionId)?.Value, out var s) ? s : (Guid?)null;
        var now = time.GetUtcNow();
        var alive = sub is not null && sid is not null && await db.Sessions.AnyAsync(
            x => x.Id == sid && x.AccountId == sub && x.RevokedAt == null && x.ExpiresAt > now
                && db.Users.Any(a => a.Id == sub && !a.Suspended), Http.RequestAborted);
        if (!alive)
        {
            var invalid = new ApiException(401, ErrorCodes.InvalidToken, "The token is not valid.");
            invalid.Extensions["valid"] = false;
            throw invalid;
        }

        var exp = long.Parse(identity!.FindFirst("exp")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        return new VerifyResult(true, sub!.Value.ToString(), exp);
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task LogoutAsync()
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == currentUser.SessionId && s.AccountId == currentUser.Id, Http.RequestAborted);
        if (session is not null)
        {
            SessionStore.Revoke(session, "logout", time.GetUtcNow());
            securityLog.Add(SecurityEventTypes.Logout, session.AccountId, RequestOrigin.From(Http), session.Provider);
            await db.SaveChangesAsync(Http.RequestAborted);
            liveSessions.Forget(session.Id);
        }
    }

    [HttpGet("sessions")]
    [Authorize]
    public async Task<SessionList> GetSessionsAsync()
    {
        var now = time.GetUtcNow();
        var active = await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == currentUser.Id && s.RevokedAt == null && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastUsedAt).ToListAsync(Http.RequestAborted);
        return new SessionList([.. active.Select(s => new SessionDto(s.Id, s.CreatedAt, s.LastUsedAt, s.ExpiresAt, s.Ip, s.UserAgent, s.Provider, s.Id == currentUser.SessionId))]);
    }

    [HttpDelete("sessions/{id}")]
    [Authorize]
    public async Task DeleteSessionAsync(Guid id)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id && s.AccountId == currentUser.Id && s.RevokedAt == null, Http.RequestAborted)
            ?? throw new NotFoundException("No such session.");
        SessionStore.Revoke(session, "revoked_by_user", time.GetUtcNow());
        securityLog.Add(SecurityEventTypes.SessionRevoked, session.AccountId, RequestOrigin.From(Http), session.Provider);
        await db.SaveChangesAsync(Http.RequestAborted);
        liveSessions.Forget(session.Id);
    }

    [HttpGet("profile")]
    [Authorize]
    public async Task<UserEnvelope> GetProfileAsync()
    {
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(a => a.Id == currentUser.Id, Http.RequestAborted)
            ?? throw new ApiException(401, ErrorCodes.InvalidToken, "The token's account no longer exists.");
        return new UserEnvelope(await reader.ToUserAsync(account, account.Id, account.Role == IdentityRoles.Admin, Http.RequestAborted));
    }

    /// <summary>The caller's own security log; admins may read anyone's with <c>user_id</c>.</summary>
    [HttpGet("security-log")]
    [Authorize]
    public async Task<PagedResult<SecurityEventDto>> GetSecurityLogAsync(string? page, [FromQuery(Name = "per_page")] string? perPage, [FromQuery(Name = "user_id")] Guid? userId)
    {
        var request = PageRequest.Parse(page, perPage);
        if (userId is not null && userId != currentUser.Id && !currentUser.IsInRole(IdentityRoles.Admin))
        {
            throw new ForbiddenException("Only admins may read another user's security log.");
        }

        var owner = userId ?? currentUser.Id;
        var events = db.SecurityEvents.AsNoTracking().Where(e => e.AccountId == owner);
        var counted = await events.Take(MatchCount.Limit + 1).CountAsync(Http.RequestAborted);
        var items = await events.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip(request.Skip).Take(request.PerPage)
            .Select(e => new SecurityEventDto(e.Id, e.AccountId, e.Type, e.Provider, e.Ip, e.UserAgent, e.Detail, e.CreatedAt))
            .ToListAsync(Http.RequestAborted);
        return PagedResult<SecurityEventDto>.Create(items, request, MatchCount.FromCapped(counted));
    }

    private string? BearerToken()
    {
        var header = Http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
