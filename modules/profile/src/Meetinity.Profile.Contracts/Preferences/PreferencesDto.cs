namespace Meetinity.Profile.Preferences;

/// <summary>A user's preferences: language, time zone, mails, and who sees the profile and the e-mail.</summary>
public sealed record PreferencesDto(
    string Language,
    string Timezone,
    EmailNotificationsDto EmailNotifications,
    string ProfileVisibility,
    bool ShowEmail);

public sealed record EmailNotificationsDto(bool ConnectionRequests, bool Product);
