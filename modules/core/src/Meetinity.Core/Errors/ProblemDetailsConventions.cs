using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Meetinity.Core.Errors;

/// <summary>Gives every problem document the members of the contract: <c>error</c> and a snake_case <c>trace_id</c>.</summary>
internal static class ProblemDetailsConventions
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions.Remove("traceId");
        problem.Extensions["trace_id"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        if (!problem.Extensions.ContainsKey("error"))
        {
            problem.Extensions["error"] = ProblemErrorCodes.ForStatus(problem.Status);
        }

        problem.Detail ??= problem.Title;
    }
}
