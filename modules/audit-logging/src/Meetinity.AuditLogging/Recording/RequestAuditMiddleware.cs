using System.Diagnostics;
using Meetinity.Core.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Meetinity.AuditLogging.Recording;

/// <summary>
/// Records every state-changing request (POST, PUT, PATCH, DELETE): who, from where, which
/// endpoint and action, which target, the outcome and status, the duration, the trace id
/// and the entity changes. Never the query string, a header or a body.
/// </summary>
internal sealed class RequestAuditMiddleware(RequestDelegate next, AuditQueue queue, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context);
            return;
        }

        var scope = AuditScope.Begin(context);
        var started = Stopwatch.GetTimestamp();
        var occurredAt = time.GetUtcNow();
        try
        {
            await next(context);
        }
        finally
        {
            queue.Enqueue(Record(context, scope, occurredAt, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }

    private static AuditRecord Record(HttpContext context, AuditScope scope, DateTimeOffset occurredAt, double elapsed)
    {
        var action = scope.Action ?? (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
        var actor = Guid.TryParse(context.User.FindFirst(MeetinityClaims.Subject)?.Value, out var id) ? id : (Guid?)null;
        var status = context.Response.StatusCode;
        return new AuditRecord(
            Guid.CreateVersion7(), occurredAt, AuditKinds.Request, action, actor,
            context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
            context.Request.Method, context.Request.Path.Value,
            scope.TargetType, scope.TargetId,
            AuditOutcomes.ForStatus(status), status, Math.Round(elapsed, 2),
            Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier, null, [.. scope.Changes]);
    }
}
