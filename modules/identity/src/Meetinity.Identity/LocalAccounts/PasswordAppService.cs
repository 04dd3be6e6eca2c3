using Meetinity.Core.Errors;
using Meetinity.Core.Users;
using Meetinity.Identity.Accounts;
using Meetinity.Identity.Auth;
using Meetinity.Identity.Data;
using Meetinity.Identity.External;
using Meetinity.Identity.Mail;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Meetinity.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.LocalAccounts;

/// <summary>
/// Login with a password, and password reset and change. A wrong password, an unknown address
/// and a locked account get the same answer after the same work (a password hash is always
/// checked and a security event always written).
/// </summary>
[Route("auth")]
[EnableRateLimiting(IdentityModule.AuthRateLimitPolicy)]
public sealed class PasswordAppService(
    IHttpContextAccessor accessor,
    AccountsDbContext db,
    UserManager<Account> users,
    PasswordPolicy policy,
    OneTimeTokens tokens,
    AccountMails mails,
    SecurityLog securityLog,
    LiveSessionCheck liveSessions,
    SignInCompletion signIn,
    ICurrentUser currentUser,
    ISettingProvider settings,
    TimeProvider time) : IPasswordAppService
{
    public static readonly StatusResponse ResetSent = new("reset_sent");

    private static readonly Lazy<string> s_timingHash = new(() => new PasswordHasher<Account>().HashPassword(new Account(), Guid.NewGuid().ToString()));

    private HttpContext Http => accessor.HttpContext!;

    private static ApiException InvalidCredentials() =>
        new(401, "invalid_credentials", "The e-mail address or the password is wrong, or the account is locked for a while after too many attempts.");

    [HttpPost("login")]
    public async Task<TokenResponse> LoginAsync(LoginInput input)
    {
        var email = EmailAddress.Parse(input?.Email);
        if (string.IsNullOrEmpty(input!.Password) || input.Password.Length > PasswordPolicy.MaxLength)
        {
            throw new RequestValidationException("password", "password is required.");
        }

        var ct = Http.RequestAborted;
        var origin = RequestOrigin.From(Http);
        var normalized = users.NormalizeEmail(email);
        var account = await db.Users.Where(a => a.NormalizedEmail == normalized && a.PasswordHash != null)
            .OrderByDescending(a => a.EmailConfirmed).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow();
        var locked = account?.LockoutEnd > now;
        var verdict = users.PasswordHasher.VerifyHashedPassword(account ?? new Account(), account is null || locked ? s_timingHash.Value : account.PasswordHash!, input.Password);
        if (account is null || locked || verdict == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(account, locked, origin, now, ct);
            throw InvalidCredentials();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = users.PasswordHasher.HashPassword(account, input.Password);
        }

        account.AccessFailedCount = 0;
        account.LockoutEnd = null;
        if (!account.EmailConfirmed)
        {
            await db.SaveChangesAsync(ct);
            throw new ApiException(403, "email_not_verified", "Confirm your e-mail address first: follow the link in the mail we sent (POST /auth/email/resend sends a new one).");
        }

        return await signIn.CompleteWithPasswordAsync(account, origin, ct);
    }

    [HttpPost("password/forgot")]
    [ProducesResponseType<StatusResponse>(StatusCodes.Status202Accepted)]
    public async Task<StatusResponse> ForgotPasswordAsync(EmailInput input)
    {
        var email = EmailAddress.Parse(input?.Email);
        var ct = Http.RequestAborted;
        var normalized = users.NormalizeEmail(email);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The same write whoever asks; the lookup and the mail (to the address stored on the
        // account, never the one typed) happen off the request path.
        db.OutboxMessages.Add(PasswordResetRequests.Message(normalized, RequestOrigin.From(Http), time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Http.Response.StatusCode = StatusCodes.Status202Accepted;
        return ResetSent;
    }

    [HttpPost("password/reset")]
    public async Task<StatusResponse> ResetPasswordAsync(ResetPasswordInput input)
    {
        var email = EmailAddress.Parse(input?.Email);
        var ct = Http.RequestAborted;
        var invalid = new BusinessException(ErrorCodes.InvalidToken, "This reset link is not valid: it was used, it expired, a newer one was sent, or it is for another address.");
        var token = await tokens.PeekAsync(input!.Token, AccountToken.ResetPassword, ct) ?? throw invalid;
        var account = await db.Users.SingleAsync(a => a.Id == token.AccountId, ct);
        if (account.NormalizedEmail != users.NormalizeEmail(email))
        {
            throw invalid;
        }

        if (policy.Problem(input.NewPassword, account.Email, account.Name) is { } problem)
        {
            throw new RequestValidationException("new_password", problem);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        _ = await tokens.SpendAsync(input.Token, AccountToken.ResetPassword, ct) ?? throw invalid;
        SetPassword(account, input.NewPassword!);
        account.EmailConfirmed = true;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        var ended = await EndSessionsAsync(account.Id, keep: null, ct);
        securityLog.Add(SecurityEventTypes.PasswordReset, account.Id, RequestOrigin.From(Http));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        ended.ForEach(liveSessions.Forget);
        return new StatusResponse("password_reset");
    }

    [HttpPost("password/change")]
    [Authorize]
    public async Task<StatusResponse> ChangePasswordAsync(ChangePasswordInput input)
    {
        var ct = Http.RequestAborted;
        var account = await db.Users.SingleOrDefaultAsync(a => a.Id == currentUser.Id, ct)
            ?? throw new ApiException(401, ErrorCodes.InvalidToken, "The token's account no longer exists.");
        if (account.PasswordHash is null)
        {
            throw new ConflictException("This account has no password yet; set one with POST /auth/password/forgot.", "no_password");
        }

        if (string.IsNullOrEmpty(input?.CurrentPassword) || input.CurrentPassword.Length > PasswordPolicy.MaxLength
            || users.PasswordHasher.VerifyHashedPassword(account, account.PasswordHash, input.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            throw new RequestValidationException("current_password", "The current password is wrong.");
        }

        if (policy.Problem(input.NewPassword, account.Email, account.Name) is { } problem)
        {
            throw new RequestValidationException("new_password", problem);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        SetPassword(account, input.NewPassword!);
        var ended = await EndSessionsAsync(account.Id, keep: currentUser.SessionId, ct);
        securityLog.Add(SecurityEventTypes.PasswordChanged, account.Id, RequestOrigin.From(Http));
        if (account.Email is not null && account.EmailConfirmed)
        {
            await mails.SendResetAsync(account, MailTemplates.PasswordChanged, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        ended.ForEach(liveSessions.Forget);
        return new StatusResponse("password_changed");
    }

    private void SetPassword(Account account, string password)
    {
        account.PasswordHash = users.PasswordHasher.HashPassword(account, password);
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.UpdatedAt = time.GetUtcNow();
    }

    private async Task<List<Guid>> EndSessionsAsync(Guid accountId, Guid? keep, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var open = await db.Sessions.Where(s => s.AccountId == accountId && s.RevokedAt == null && s.Id != keep).ToListAsync(ct);
        open.ForEach(s => SessionStore.Revoke(s, "password_changed", now));
        return [.. open.Select(s => s.Id)];
    }

    private async Task RecordFailureAsync(Account? account, bool locked, RequestOrigin origin, DateTimeOffset now, CancellationToken ct)
    {
        if (account is not null && !locked)
        {
            account.AccessFailedCount++;
            if (account.AccessFailedCount >= settings.GetInt(IdentitySettingNames.LockoutMaxFailures))
            {
                account.LockoutEnd = now.AddMinutes(settings.GetInt(IdentitySettingNames.LockoutMinutes));
                account.AccessFailedCount = 0;
                securityLog.Add(SecurityEventTypes.LockedOut, account.Id, origin, SignInProviders.Password);
            }
        }

        securityLog.Add(SecurityEventTypes.SignInFailed, account?.Id, origin, SignInProviders.Password, locked ? "locked" : "wrong e-mail or password");
        await db.SaveChangesAsync(ct);
    }
}
