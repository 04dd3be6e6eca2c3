using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Meetinity.Core.Errors;

/// <summary>A request over a rate limit: 429 with <c>Retry-After</c> and a <c>rate_limited</c> problem.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        var problem = ApiExceptionHandler.ToProblem(new ApiException(429, ErrorCodes.RateLimited, "Too many requests; retry after the time in Retry-After."));
        if (problems is not null)
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
        }
    }
}
