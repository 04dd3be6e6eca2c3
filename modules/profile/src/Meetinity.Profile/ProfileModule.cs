using Meetinity.Core;
using Meetinity.Core.Data;
using Meetinity.Core.Json;
using Meetinity.Identity.Accounts;
using Meetinity.Profile.Accounts;
using Meetinity.Profile.Caching;
using Meetinity.Profile.Data;
using Meetinity.Profile.Photos;
using Meetinity.Profile.Profiles;
using Meetinity.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Meetinity.Profile;

/// <summary>The Profile module: profiles, search, preferences, connections, photos and their cache.</summary>
public static class ProfileModule
{
    public static WebApplicationBuilder AddProfileModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var hasRedis = !string.IsNullOrWhiteSpace(builder.Configuration[ConfigurationKeys.RedisUrl]);
        var prefix = (builder.Configuration[ConfigurationKeys.UploadUrlPrefix] ?? ConfigurationKeys.DefaultUploadUrlPrefix).TrimEnd('/');
        services.AddSingleton(new ProfileOptions(prefix, hasRedis));
        services.AddModuleDbContext<ProfileDbContext>(ProfileDbContext.Schema);
        services.AddSingleton<ISettingDefinitionProvider, ProfileSettingDefinitions>();
        services.AddScoped<ProfileStore>();
        services.AddScoped<ProfileAccess>();
        services.AddScoped<IAccountEventHandler, ProfileAccountEvents>();
        services.AddScoped<IUserResourceComposer, ProfileUserComposer>();
        services.AddSingleton<ProfileCache>();
        services.AddSingleton<IAccountChangeObserver>(provider => provider.GetRequiredService<ProfileCache>());
        services.AddSingleton<PhotoProcessor>();
        services.AddScoped<Connections.ConnectionReader>();
        AddCache(services, hasRedis);
        return builder;
    }

    /// <summary>The contract's JSON rules, plus fields, which FusionCache's own value tuples need.</summary>
    private static System.Text.Json.JsonSerializerOptions CacheJson()
    {
        var options = MeetinityJson.CreateOptions();
        options.IncludeFields = true;
        return options;
    }

    private static void AddCache(IServiceCollection services, bool hasRedis)
    {
        var cache = services.AddFusionCache()
            .WithOptions(options =>
            {
                options.CacheKeyPrefix = "meetinity:";
                options.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(2);
                options.BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(2);
            })
            .WithDefaultEntryOptions(entry =>
            {
                // A missing or slow Redis must not slow reads down: give up on it quickly and use PostgreSQL.
                entry.DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(250);
                entry.DistributedCacheHardTimeout = TimeSpan.FromMilliseconds(250);
                entry.AllowBackgroundDistributedCacheOperations = false;
                entry.AllowBackgroundBackplaneOperations = true;
            })
            .WithSerializer(new FusionCacheSystemTextJsonSerializer(CacheJson()));
        if (hasRedis)
        {
            cache.WithDistributedCache(provider => new RedisCache(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()),
            }));
            cache.WithBackplane(provider => new RedisBackplane(new RedisBackplaneOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()),
            }));
        }
    }
}
