using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Meetinity.AuditLogging.Recording;

/// <summary>The entity changes saved while one audited request ran.</summary>
internal sealed class AuditScope
{
    private const string ItemKey = "meetinity.audit.scope";

    public ConcurrentQueue<AuditChange> Changes { get; } = new();

    /// <summary>The application-service action and its target, noted when MVC selects it (an error page later clears the endpoint).</summary>
    public string? Action { get; set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    public static AuditScope Begin(HttpContext context)
    {
        var scope = new AuditScope();
        context.Items[ItemKey] = scope;
        return scope;
    }

    public static AuditScope? Of(HttpContext? context) => context?.Items[ItemKey] as AuditScope;
}
