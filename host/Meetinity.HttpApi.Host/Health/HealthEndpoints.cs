using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Meetinity.HttpApi.Host.Health;

/// <summary><c>/health</c> (everything), <c>/health/live</c> (the process answers), <c>/health/ready</c> (it can serve).</summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    public static void AddMeetinityHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddNpgSql(provider => provider.GetRequiredService<NpgsqlDataSource>(), name: "database", tags: [Ready], timeout: TimeSpan.FromSeconds(3))
            .AddCheck<CacheHealthCheck>("cache", HealthStatus.Degraded)
            .AddCheck<BlobStorageHealthCheck>("blob_storage", HealthStatus.Unhealthy, [Ready]);

    public static void MapMeetinityHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", Options(_ => true));
        endpoints.MapHealthChecks("/health/live", Options(_ => false));
        endpoints.MapHealthChecks("/health/ready", Options(check => check.Tags.Contains(Ready)));
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = HealthResponseWriter.WriteAsync,
    };
}
