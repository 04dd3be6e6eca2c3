using Meetinity.Identity.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Meetinity.Identity.Auth;

/// <summary>Publishes the public verification keys, each with its <c>kid</c>; symmetric keys are never published.</summary>
[Route(".well-known")]
public sealed class JwksAppService(SigningKeyRing keys) : IJwksAppService
{
    [HttpGet("jwks.json")]
    public Task<JsonWebKeySetDto> GetAsync()
    {
        var published = keys.VerificationKeys
            .Where(k => k is not SymmetricSecurityKey)
            .Select(k => Public(JsonWebKeyConverter.ConvertFromSecurityKey(k)))
            .ToList();
        return Task.FromResult(new JsonWebKeySetDto(published));
    }

    private static IReadOnlyDictionary<string, string> Public(JsonWebKey key)
    {
        var fields = new Dictionary<string, string> { ["kty"] = key.Kty, ["kid"] = key.KeyId, ["use"] = "sig" };
        if (key.Kty == JsonWebAlgorithmsKeyTypes.RSA)
        {
            fields["alg"] = "RS256";
            fields["n"] = key.N;
            fields["e"] = key.E;
        }
        else
        {
            fields["alg"] = "ES256";
            fields["crv"] = key.Crv;
            fields["x"] = key.X;
            fields["y"] = key.Y;
        }

        return fields;
    }
}
