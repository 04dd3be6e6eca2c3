using Meetinity.Core.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Meetinity.HttpApi.Host.Health;

/// <summary>Uploads need a writable folder: writes and deletes a one-byte blob.</summary>
internal sealed class BlobStorageHealthCheck(IBlobContainer blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var probe = new MemoryStream([0]);
            var name = await blobs.SaveAsync(probe, "probe", cancellationToken);
            await blobs.DeleteAsync(name, cancellationToken);
            return HealthCheckResult.Healthy("upload folder is writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "upload folder is not writable");
        }
    }
}
