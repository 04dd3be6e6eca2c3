using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Meetinity.AuditLogging.Recording;

/// <summary>Notes which application-service action an audited request reached, and its <c>{id}</c> target.</summary>
internal sealed class AuditActionFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (AuditScope.Of(context.HttpContext) is { } scope && context.ActionDescriptor is ControllerActionDescriptor action)
        {
            scope.Action = $"{action.ControllerName}.{action.ActionName}";
            if (context.RouteData.Values.TryGetValue("id", out var id) && id is not null)
            {
                scope.TargetType = action.ControllerName;
                scope.TargetId = id.ToString();
            }
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
