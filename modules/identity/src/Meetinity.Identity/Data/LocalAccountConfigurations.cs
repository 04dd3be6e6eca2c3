using Meetinity.Identity.Accounts;
using Meetinity.Identity.LocalAccounts;
using Meetinity.Identity.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meetinity.Identity.Data;

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<AccountToken>
{
    public void Configure(EntityTypeBuilder<AccountToken> builder)
    {
        builder.ToTable("one_time_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Purpose).HasMaxLength(32);
        builder.Property(t => t.Hash).HasMaxLength(32);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => new { t.AccountId, t.Purpose });
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QueuedMailConfiguration : IEntityTypeConfiguration<QueuedMail>
{
    public void Configure(EntityTypeBuilder<QueuedMail> builder)
    {
        builder.ToTable("mail_queue");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(AccountConsts.MaxEmailLength);
        builder.Property(m => m.Template).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}
