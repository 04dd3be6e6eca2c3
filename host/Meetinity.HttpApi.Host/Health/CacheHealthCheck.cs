using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Meetinity.HttpApi.Host.Health;

/// <summary>
/// Redis is the cache's second level: without it the service still answers from
/// PostgreSQL, so its loss makes the service degraded, not unhealthy.
/// </summary>
internal sealed class CacheHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var redis = services.GetService<IConnectionMultiplexer>();
        if (redis is null)
        {
            return HealthCheckResult.Healthy("in-process cache (REDIS_URL not set)");
        }

        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"redis answered in {latency.TotalMilliseconds:F1} ms");
        }
        catch (RedisException)
        {
            return HealthCheckResult.Degraded("redis is unreachable; serving from the database");
        }
    }
}
