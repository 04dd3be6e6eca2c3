using Meetinity.Core.Outbox;
using Meetinity.Identity.Accounts;
using Meetinity.Identity.External;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Identity.Data;

/// <summary>The Identity module's data, in the <c>identity</c> schema.</summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityUserContext<Account, Guid>(options), IOutboxContext
{
    public const string Schema = "identity";

    public DbSet<OAuthState> OAuthStates => Set<OAuthState>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<LocalAccounts.AccountToken> AccountTokens => Set<LocalAccounts.AccountToken>();

    public DbSet<Mail.QueuedMail> MailQueue => Set<Mail.QueuedMail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
        builder.AddOutbox();
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("external_logins");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("account_claims");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("account_tokens");
    }
}
