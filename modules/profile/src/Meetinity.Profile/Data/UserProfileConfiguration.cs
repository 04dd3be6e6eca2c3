using System.Text.Json;
using Meetinity.Profile.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meetinity.Profile.Data;

internal sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    private static readonly ValueComparer<Dictionary<string, string>> s_linksComparer = new(
        (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
        d => d.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
        d => new Dictionary<string, string>(d));

    public void Configure(EntityTypeBuilder<UserProfile> builder)
    {
        builder.ToTable("profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(ProfileConsts.MaxNameLength);
        builder.Property(p => p.Title).HasMaxLength(ProfileConsts.MaxTitleLength);
        builder.Property(p => p.Company).HasMaxLength(ProfileConsts.MaxCompanyLength);
        builder.Property(p => p.Industry).HasMaxLength(ProfileConsts.MaxIndustryLength);
        builder.Property(p => p.Location).HasMaxLength(ProfileConsts.MaxLocationLength);
        builder.Property(p => p.Bio).HasMaxLength(ProfileConsts.MaxBioLength);
        builder.Property(p => p.Status).HasMaxLength(ProfileConsts.MaxStatusLength);
        builder.Property(p => p.PhotoBlob).HasMaxLength(64);
        builder.Property(p => p.ProviderPhotoUrl).HasMaxLength(ProfileConsts.MaxPhotoUrlLength);
        builder.Property(p => p.Links)
            .HasColumnType("jsonb")
            .HasConversion(
                links => JsonSerializer.Serialize(links, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
                s_linksComparer);
        builder.Property(p => p.Version).IsRowVersion();
        builder.OwnsOne(p => p.Preferences, preferences =>
        {
            preferences.Property(x => x.Language).HasMaxLength(ProfileConsts.MaxLanguageLength);
            preferences.Property(x => x.Timezone).HasMaxLength(ProfileConsts.MaxTimeZoneLength);
            preferences.Property(x => x.Visibility).HasMaxLength(ProfileConsts.MaxVisibilityLength);
        });
        builder.Navigation(p => p.Preferences).IsRequired();
        builder.HasIndex(p => p.SkillKeys).HasMethod("gin");
        builder.HasIndex(p => p.CreatedAt);
        builder.HasIndex(p => p.UpdatedAt);
        builder.HasIndex(p => p.ExperienceYears);
    }
}
