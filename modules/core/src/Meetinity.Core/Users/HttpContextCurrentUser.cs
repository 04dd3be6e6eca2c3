using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Meetinity.Core.Users;

/// <summary>The current user as the authentication handler left it on the request.</summary>
internal sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true && Id is not null;

    public Guid? Id => ReadGuid(MeetinityClaims.Subject, ClaimTypes.NameIdentifier);

    public Guid? SessionId => ReadGuid(MeetinityClaims.SessionId, ClaimTypes.Sid);

    public bool IsInRole(string role) =>
        Principal?.Claims.Any(c => (c.Type == MeetinityClaims.Role || c.Type == ClaimTypes.Role) && c.Value == role) == true;

    private Guid? ReadGuid(params string[] types)
    {
        var value = types.Select(t => Principal?.FindFirst(t)?.Value).FirstOrDefault(v => v is not null);
        return Guid.TryParse(value, out var id) ? id : null;
    }
}
