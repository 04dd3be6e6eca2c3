using Meetinity.Identity.Accounts;
using Meetinity.Profile.Profiles;
using Meetinity.Settings;
using ZiggyCreatures.Caching.Fusion;

namespace Meetinity.Profile.Caching;

/// <summary>
/// The two-level cache of users (FusionCache). With Redis, entries live in Redis, which every
/// instance reads, so a change is visible everywhere once its request returns; in-process
/// copies are kept only when <c>Profile.CacheLocalSeconds</c> is above 0, and are then dropped
/// on every instance through the Redis backplane (within milliseconds, not at once).
/// Without Redis the cache is in-process only.
/// </summary>
public sealed class ProfileCache(IFusionCache cache, ISettingProvider settings, ProfileOptions options) : IAccountChangeObserver
{
    public ValueTask<CachedUser?> GetOrLoadAsync(Guid id, Func<CancellationToken, Task<CachedUser?>> load, CancellationToken cancellationToken) =>
        cache.GetOrSetAsync<CachedUser?>(Key(id), (_, ct) => load(ct), EntryOptions(), cancellationToken);

    public ValueTask RemoveAsync(Guid id, CancellationToken cancellationToken = default) =>
        cache.RemoveAsync(Key(id), token: cancellationToken);

    public async ValueTask OnAccountsChangedAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        foreach (var id in accountIds)
        {
            await RemoveAsync(id, CancellationToken.None);
        }
    }

    private static string Key(Guid id) => $"profile:user:{id:N}";

    private FusionCacheEntryOptions EntryOptions()
    {
        var ttl = TimeSpan.FromSeconds(settings.GetInt(ProfileSettingNames.CacheTtlSeconds));
        var local = settings.GetInt(ProfileSettingNames.CacheLocalSeconds);
        var entry = new FusionCacheEntryOptions(ttl);
        if (options.HasRedis)
        {
            entry.MemoryCacheDuration = TimeSpan.FromSeconds(Math.Min(local, ttl.TotalSeconds));
            entry.SkipMemoryCacheRead = local == 0;
            entry.SkipMemoryCacheWrite = local == 0;

            // Waiting for another request's Redis read of the same hot key would queue every
            // request behind one round trip; a miss may be loaded twice instead.
            entry.LockTimeout = TimeSpan.Zero;
        }

        return entry;
    }
}
