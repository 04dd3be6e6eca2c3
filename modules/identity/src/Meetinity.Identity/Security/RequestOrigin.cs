using Meetinity.Identity.Sessions;
using Microsoft.AspNetCore.Http;

namespace Meetinity.Identity.Security;

/// <summary>Where a request came from (the client IP as forwarded headers from trusted proxies left it) and its user agent.</summary>
public sealed record RequestOrigin(string? Ip, string? UserAgent)
{
    public static RequestOrigin From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agent = context.Request.Headers.UserAgent.ToString();
        return new RequestOrigin(
            context.Connection.RemoteIpAddress?.ToString(),
            agent.Length == 0 ? null : agent[..Math.Min(agent.Length, Session.MaxUserAgentLength)]);
    }
}
