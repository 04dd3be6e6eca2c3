using Meetinity.Identity.Accounts;
using Meetinity.Profile.Preferences;
using Meetinity.Profile.Users;

namespace Meetinity.Profile.Profiles;

/// <summary>Builds the user resource from a profile and its account, and narrows it to what a viewer may see.</summary>
internal static class UserViews
{
    public static CachedUser Compose(UserProfile profile, AccountDto account, string photoUrlPrefix) => new(
        new UserDto
        {
            Id = profile.Id,
            Email = account.Email,
            EmailVerified = account.EmailVerified,
            Name = profile.Name,
            Title = profile.Title,
            Company = profile.Company,
            Industry = profile.Industry,
            Location = profile.Location,
            ExperienceYears = profile.ExperienceYears,
            Skills = profile.Skills,
            Interests = profile.Interests,
            Bio = profile.Bio,
            Status = profile.Status,
            Role = account.Role,
            Suspended = account.Suspended,
            PhotoUrl = PhotoUrl(profile, photoUrlPrefix),
            Links = profile.Links,
            Providers = account.Providers,
            Preferences = PreferencesUpdate.ToDto(profile.Preferences),
            CreatedAt = profile.CreatedAt,
            UpdatedAt = profile.UpdatedAt > account.UpdatedAt ? profile.UpdatedAt : account.UpdatedAt,
            LastLoginAt = account.LastLoginAt,
        },
        profile.Preferences.Visibility,
        profile.Preferences.ShowEmail,
        profile.Version);

    public static string? PhotoUrl(UserProfile profile, string photoUrlPrefix) =>
        profile.PhotoBlob is { } blob ? $"{photoUrlPrefix}/{blob}" : profile.ProviderPhotoUrl;

    /// <summary>The owner and admins see everything; others never the role, suspension or preferences, and the e-mail only when shown.</summary>
    public static UserDto ForViewer(CachedUser cached, Guid viewerId, bool viewerIsAdmin) =>
        viewerIsAdmin || viewerId == cached.User.Id
            ? cached.User
            : cached.User with
            {
                Email = cached.ShowEmail ? cached.User.Email : null,
                Role = null,
                Suspended = null,
                Preferences = null,
            };
}
