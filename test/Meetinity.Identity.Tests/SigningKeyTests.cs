using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Meetinity.TestKit;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Meetinity.Identity.Tests;

/// <summary>A host that signs with RS256 from a PEM file and still accepts an older EC key.</summary>
public sealed class AsymmetricKeyFixture : IdentityFixture
{
    public RSA Current { get; } = RSA.Create(2048);

    public ECDsa Previous { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        var current = Path.Combine(Path.GetTempPath(), $"jwt-{Guid.NewGuid():N}.pem");
        var previous = Path.Combine(Path.GetTempPath(), $"jwt-old-{Guid.NewGuid():N}.pem");
        File.WriteAllText(current, Current.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(previous, Previous.ExportSubjectPublicKeyInfoPem());
        settings["Jwt:Algorithm"] = "RS256";
        settings["Jwt:SigningKeyFile"] = current;
        settings["Jwt:VerificationKeyFiles"] = previous;
        return settings;
    }
}

public sealed class SigningKeyTests(AsymmetricKeyFixture fixture) : IClassFixture<AsymmetricKeyFixture>
{
    [Fact]
    public async Task Rs256_tokens_carry_a_kid_published_in_the_jwks()
    {
        var signIn = await fixture.NewClient().SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), null));
        var jwt = new JsonWebToken(signIn.GetProperty("token").GetString()!);

        var jwks = await fixture.Factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/.well-known/jwks.json", UriKind.Relative));

        jwt.Alg.ShouldBe("RS256");
        var keys = jwks.GetProperty("keys").EnumerateArray().ToList();
        keys.Count.ShouldBe(2);
        keys.ShouldContain(k => k.GetProperty("kid").GetString() == jwt.Kid && k.GetProperty("kty").GetString() == "RSA");
        keys.ShouldContain(k => k.GetProperty("kty").GetString() == "EC" && k.GetProperty("crv").GetString() == "P-256");
        keys.ShouldNotContain(k => k.EnumerateObject().Any(p => p.Name == "d"));
    }

    [Fact]
    public async Task An_hs256_token_signed_with_the_public_key_is_refused()
    {
        var signIn = await fixture.NewClient().SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), null));
        var genuine = new JsonWebToken(signIn.GetProperty("token").GetString()!);
        var publicKeyBytes = Encoding.UTF8.GetBytes(fixture.Current.ExportSubjectPublicKeyInfoPem());
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = genuine.Claims.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => (object)g.First().Value),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(publicKeyBytes) { KeyId = genuine.Kid }, SecurityAlgorithms.HmacSha256),
        });

        var response = await fixture.Factory.CreateClient().PostAsJsonAsync(new Uri("/auth/verify", UriKind.Relative), new { token = forged });

        await IdentityFixture.ProblemAsync(response, 401, "invalid_token");
    }
}

public sealed class SymmetricJwksTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Symmetric_secrets_are_never_published()
    {
        var jwks = await fixture.Factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/.well-known/jwks.json", UriKind.Relative));

        jwks.GetProperty("keys").GetArrayLength().ShouldBe(0);
    }
}
