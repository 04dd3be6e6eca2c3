namespace Meetinity.Profile;

/// <summary>The Profile module's settings (see <c>GET /settings</c>).</summary>
public static class ProfileSettingNames
{
    public const string CacheTtlSeconds = "Profile.CacheTtlSeconds";
    public const string CacheLocalSeconds = "Profile.CacheLocalSeconds";
    public const string PhotoMaxBytes = "Profile.PhotoMaxBytes";
    public const string PhotoMaxPixels = "Profile.PhotoMaxPixels";
    public const string PhotoMaxDimension = "Profile.PhotoMaxDimension";
}
