using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Meetinity.Core.Errors;

/// <summary>
/// The one path from an exception to a problem document: <see cref="ApiException"/>s
/// say what they are; the server's own failures become a 500 that names nothing inside.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails ToProblem(Exception exception)
    {
        switch (exception)
        {
            case RequestValidationException validation:
                var invalid = Problem(validation.Status, validation.ErrorCode, validation.Message, validation.Extensions);
                invalid.Extensions["errors"] = validation.Errors;
                return invalid;
            case ApiException api:
                return Problem(api.Status, api.ErrorCode, api.Message, api.Extensions);
            case Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException:
                return Problem(409, ErrorCodes.Conflict, "The resource was changed by a concurrent request; retry it.");
            case Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: "23505" or "40001" or "40P01" } }:
                // A unique key or serialization conflict with a concurrent request: the client may retry.
                return Problem(409, ErrorCodes.Conflict, "The request conflicts with a concurrent change; retry it.");
            case BadHttpRequestException badRequest:
                return badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? Problem(413, ErrorCodes.PayloadTooLarge, "The request body is too large.")
                    : Problem(badRequest.StatusCode, ProblemErrorCodes.ForStatus(badRequest.StatusCode), "The request could not be read.");
            default:
                return Problem(500, ErrorCodes.InternalError, "An unexpected error occurred. It has been logged.");
        }
    }

    private static ProblemDetails Problem(int status, string error, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        problem.Extensions["error"] = error;
        return problem;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled exception while processing the request")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
