namespace Meetinity.Profile.Profiles;

/// <summary>A user's preferences, stored in their profile's row (visibility is filtered on).</summary>
public sealed class ProfilePreferences
{
    public const string DefaultLanguage = "en";
    public const string DefaultTimezone = "UTC";

    public string Language { get; set; } = DefaultLanguage;

    public string Timezone { get; set; } = DefaultTimezone;

    public bool NotifyConnectionRequests { get; set; } = true;

    public bool NotifyProduct { get; set; }

    public string Visibility { get; set; } = ProfileVisibility.Public;

    public bool ShowEmail { get; set; }
}
