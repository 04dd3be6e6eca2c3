using Meetinity.Core.Errors;
using Meetinity.Identity.Accounts;
using Meetinity.Identity.Auth;
using Meetinity.Identity.Data;
using Meetinity.Identity.Mail;
using Meetinity.Identity.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.LocalAccounts;

/// <summary>
/// Sign-up with e-mail and password. Registering an address that already has an account
/// answers the same and mails its owner instead (with a reset link), so that nobody learns
/// which addresses have accounts and nobody can pre-register someone else's address.
/// </summary>
[Route("auth")]
[EnableRateLimiting(IdentityModule.AuthRateLimitPolicy)]
public sealed class LocalAccountAppService(
    IHttpContextAccessor accessor,
    AccountsDbContext db,
    UserManager<Account> users,
    PasswordPolicy policy,
    OneTimeTokens tokens,
    AccountMails mails,
    SecurityLog securityLog,
    IEnumerable<IAccountEventHandler> eventHandlers,
    TimeProvider time) : ILocalAccountAppService
{
    public static readonly StatusResponse VerificationSent = new("verification_sent");

    private HttpContext Http => accessor.HttpContext!;

    [HttpPost("register")]
    [ProducesResponseType<StatusResponse>(StatusCodes.Status202Accepted)]
    public async Task<StatusResponse> RegisterAsync(RegisterInput input)
    {
        var email = EmailAddress.Parse(input?.Email);
        var name = input!.Name?.Trim();
        if (name is { Length: > AccountConsts.MaxNameLength })
        {
            throw new RequestValidationException("name", $"name is at most {AccountConsts.MaxNameLength} characters.");
        }

        if (policy.Problem(input.Password, email, name) is { } problem)
        {
            throw new RequestValidationException("password", problem);
        }

        var ct = Http.RequestAborted;
        var normalized = users.NormalizeEmail(email);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two sign-ups for one address wait for each other instead of making two accounts.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({normalized}))", ct);
        var existing = await db.Users.Where(a => a.NormalizedEmail == normalized).OrderByDescending(a => a.EmailConfirmed).FirstOrDefaultAsync(ct);
        var account = new Account { Id = Guid.CreateVersion7(), Email = email, Name = name, CreatedAt = time.GetUtcNow(), UpdatedAt = time.GetUtcNow() };
        account.UserName = account.Id.ToString("N");
        // Hashed in both branches, so both take the same time.
        account.PasswordHash = users.PasswordHasher.HashPassword(account, input.Password!);
        if (existing is not null)
        {
            securityLog.Add(SecurityEventTypes.RegistrationForExistingAddress, existing.Id, RequestOrigin.From(Http));
            await mails.SendResetAsync(existing, MailTemplates.AlreadyRegistered, ct);
        }
        else
        {
            Check(await users.CreateAsync(account));
            securityLog.Add(SecurityEventTypes.AccountCreated, account.Id, RequestOrigin.From(Http), SignInProviders.Password);
            await mails.SendVerificationAsync(account, ct);
            var registered = new AccountRegistered(account.Id, account.Email, account.Name, null, SignInProviders.Password);
            foreach (var handler in eventHandlers)
            {
                await handler.OnRegisteredAsync(registered, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Http.Response.StatusCode = StatusCodes.Status202Accepted;
        return VerificationSent;
    }

    [HttpPost("email/verify")]
    public async Task<StatusResponse> VerifyEmailAsync(VerifyEmailInput input)
    {
        var ct = Http.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var token = await tokens.SpendAsync(input?.Token, AccountToken.VerifyEmail, ct)
            ?? throw new BusinessException(ErrorCodes.InvalidToken, "This verification link is not valid: it was used, it expired, or a newer one was sent.");
        var account = await db.Users.SingleAsync(a => a.Id == token.AccountId, ct);
        account.EmailConfirmed = true;
        account.UpdatedAt = time.GetUtcNow();
        securityLog.Add(SecurityEventTypes.EmailVerified, account.Id, RequestOrigin.From(Http));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new StatusResponse("email_verified");
    }

    [HttpPost("email/resend")]
    [ProducesResponseType<StatusResponse>(StatusCodes.Status202Accepted)]
    public async Task<StatusResponse> ResendVerificationAsync(EmailInput input)
    {
        var email = EmailAddress.Parse(input?.Email);
        var ct = Http.RequestAborted;
        var normalized = users.NormalizeEmail(email);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var account = await db.Users.FirstOrDefaultAsync(a => a.NormalizedEmail == normalized && !a.EmailConfirmed && a.PasswordHash != null, ct);
        if (account is not null)
        {
            await mails.SendVerificationAsync(account, ct);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        Http.Response.StatusCode = StatusCodes.Status202Accepted;
        return VerificationSent;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ConflictException("The account could not be created; retry.");
        }
    }
}
