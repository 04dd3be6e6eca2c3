using Meetinity.Settings;
using static Meetinity.Profile.ProfileSettingNames;

namespace Meetinity.Profile;

/// <summary>What admins may tune in the Profile module.</summary>
internal sealed class ProfileSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Definitions { get; } =
    [
        new(CacheTtlSeconds, SettingType.Integer, "300", "How long a user stays cached, in seconds (REDIS_CACHE_TTL).") { ConfigurationKey = "Cache:TtlSeconds", Minimum = 1, Maximum = 86_400 },
        new(CacheLocalSeconds, SettingType.Integer, "0", "With Redis: seconds an instance may also keep a user in its own memory (0 = never, so every instance sees a change at once; above 0, peers drop their copy within milliseconds through the Redis backplane).") { Minimum = 0, Maximum = 3600 },
        new(PhotoMaxBytes, SettingType.Integer, "5242880", "Largest photo upload, in bytes.") { Minimum = 1024, Maximum = 50 * 1024 * 1024 },
        new(PhotoMaxPixels, SettingType.Integer, "40000000", "Largest photo, in pixels (width x height), read from the file's header before decoding.") { Minimum = 10_000, Maximum = 200_000_000 },
        new(PhotoMaxDimension, SettingType.Integer, "1024", "Photos are scaled down to fit this many pixels in width and height.") { Minimum = 64, Maximum = 4096 },
    ];
}
