using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Meetinity.Core.Errors;

/// <summary>An application-service method that returns nothing answers 204 No Content.</summary>
internal sealed class NoContentForVoidFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is EmptyResult)
        {
            context.Result = new NoContentResult();
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
