using Meetinity.Identity.Accounts;
using Meetinity.Identity.External;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meetinity.Identity.Data;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.Property(a => a.Email).HasMaxLength(AccountConsts.MaxEmailLength);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(AccountConsts.MaxEmailLength);
        builder.HasIndex(a => a.NormalizedEmail).HasDatabaseName("ux_accounts_normalized_email").IsUnique();
        builder.Property(a => a.Name).HasMaxLength(AccountConsts.MaxNameLength);
        builder.Property(a => a.PictureUrl).HasMaxLength(AccountConsts.MaxPictureUrlLength);
        builder.Property(a => a.Role).HasMaxLength(AccountConsts.MaxRoleLength);
        builder.Property(a => a.SuspensionReason).HasMaxLength(AccountConsts.MaxSuspensionReasonLength);
    }
}

internal sealed class OAuthStateConfiguration : IEntityTypeConfiguration<OAuthState>
{
    public void Configure(EntityTypeBuilder<OAuthState> builder)
    {
        builder.ToTable("oauth_states");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(OAuthState.KeyLength);
        builder.Property(s => s.Provider).HasMaxLength(32);
        builder.Property(s => s.ClientChallenge).HasMaxLength(OAuthState.KeyLength);
        builder.Property(s => s.RedirectUri).HasMaxLength(OAuthState.MaxRedirectUriLength);
        builder.HasIndex(s => s.ExpiresAt);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("sessions");
        builder.Property(s => s.Provider).HasMaxLength(32);
        builder.Property(s => s.Ip).HasMaxLength(Session.MaxIpLength);
        builder.Property(s => s.UserAgent).HasMaxLength(Session.MaxUserAgentLength);
        builder.Property(s => s.RevokedReason).HasMaxLength(Session.MaxRevokeReasonLength);
        builder.HasIndex(s => s.AccountId);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.SessionId);
        builder.HasOne<Session>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.ToTable("security_events");
        builder.Property(e => e.Type).HasMaxLength(SecurityEvent.MaxTypeLength);
        builder.Property(e => e.Provider).HasMaxLength(32);
        builder.Property(e => e.Ip).HasMaxLength(Session.MaxIpLength);
        builder.Property(e => e.UserAgent).HasMaxLength(Session.MaxUserAgentLength);
        builder.Property(e => e.Detail).HasMaxLength(SecurityEvent.MaxDetailLength);
        builder.HasIndex(e => new { e.AccountId, e.CreatedAt });
    }
}
