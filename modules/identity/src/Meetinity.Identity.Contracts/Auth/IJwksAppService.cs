using Meetinity.Core;

namespace Meetinity.Identity.Auth;

/// <summary><c>GET /.well-known/jwks.json</c>: the public keys that verify access tokens (empty for HS algorithms).</summary>
public interface IJwksAppService : IApplicationService
{
    Task<JsonWebKeySetDto> GetAsync();
}

public sealed record JsonWebKeySetDto(IReadOnlyList<IReadOnlyDictionary<string, string>> Keys);
