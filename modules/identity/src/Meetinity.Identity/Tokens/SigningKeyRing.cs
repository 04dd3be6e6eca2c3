using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Meetinity.Identity.Tokens;

/// <summary>
/// The key that signs access tokens and every key that still verifies them (the current
/// one and those of <c>JWT_VERIFICATION_KEY_FILES</c>, for rotation), each with a <c>kid</c>.
/// </summary>
public sealed class SigningKeyRing
{
    private static readonly Dictionary<string, int> s_minimumSecretBytes = new() { ["HS256"] = 32, ["HS384"] = 48, ["HS512"] = 64 };

    private SigningKeyRing(SigningCredentials credentials, IReadOnlyList<SecurityKey> verificationKeys)
    {
        Credentials = credentials;
        VerificationKeys = verificationKeys;
    }

    public SigningCredentials Credentials { get; }

    public IReadOnlyList<SecurityKey> VerificationKeys { get; }

    /// <param name="settings">The token settings.</param>
    /// <param name="allowGeneratedSecret">Development only: with no <c>JWT_SECRET</c>, sign with a random secret that lives as long as the process.</param>
    public static SigningKeyRing Create(JwtSettings settings, bool allowGeneratedSecret)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var signing = settings.IsSymmetric ? SymmetricKey(settings, allowGeneratedSecret) : AsymmetricKey(settings);
        var keys = new List<SecurityKey> { signing };
        keys.AddRange(settings.VerificationKeyFiles.Select(file => WithKeyId(ReadPublicKey(file))));
        return new SigningKeyRing(new SigningCredentials(signing, settings.Algorithm), keys);
    }

    private static SymmetricSecurityKey SymmetricKey(JwtSettings settings, bool allowGeneratedSecret)
    {
        var minimum = s_minimumSecretBytes[settings.Algorithm];
        if (settings.Secret is null)
        {
            return allowGeneratedSecret
                ? new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(minimum)) { KeyId = "dev" }
                : throw Invalid($"JWT_SECRET (Jwt:Secret) is not set; {settings.Algorithm} needs a secret of at least {minimum} bytes.");
        }

        var bytes = Encoding.UTF8.GetBytes(settings.Secret);
        return bytes.Length >= minimum
            ? new SymmetricSecurityKey(bytes) { KeyId = Thumbprint(bytes) }
            : throw Invalid($"JWT_SECRET (Jwt:Secret) is too short for {settings.Algorithm}: it needs at least {minimum} bytes.");
    }

    private static SecurityKey AsymmetricKey(JwtSettings settings)
    {
        var file = settings.SigningKeyFile
            ?? throw Invalid($"JWT_SIGNING_KEY_FILE (Jwt:SigningKeyFile) is not set; {settings.Algorithm} needs a PEM private key.");
        var pem = ReadPem(file, "JWT_SIGNING_KEY_FILE");
        try
        {
            SecurityKey key = settings.Algorithm == "RS256" ? RsaKey(pem) : EcKey(pem);
            return WithKeyId(key);
        }
        catch (CryptographicException)
        {
            throw Invalid($"JWT_SIGNING_KEY_FILE (Jwt:SigningKeyFile) does not hold a {(settings.Algorithm == "RS256" ? "RSA" : "P-256 EC")} private key.");
        }
    }

    private static RsaSecurityKey RsaKey(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa.KeySize >= 2048 ? new RsaSecurityKey(rsa) : throw new CryptographicException("RSA keys need 2048 bits.");
    }

    private static ECDsaSecurityKey EcKey(string pem)
    {
        var ec = ECDsa.Create();
        ec.ImportFromPem(pem);
        return ec.KeySize == 256 ? new ECDsaSecurityKey(ec) : throw new CryptographicException("ES256 needs a P-256 key.");
    }

    private static SecurityKey ReadPublicKey(string file)
    {
        var pem = ReadPem(file, "JWT_VERIFICATION_KEY_FILES");
        try
        {
            return TryEc(pem) is { KeySize: 256 } ec ? new ECDsaSecurityKey(ec) : RsaKey(pem);
        }
        catch (CryptographicException)
        {
            throw Invalid($"JWT_VERIFICATION_KEY_FILES (Jwt:VerificationKeyFiles): {file} does not hold an RSA or P-256 EC key.");
        }
    }

    private static ECDsa? TryEc(string pem)
    {
        try
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(pem);
            return ec;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string ReadPem(string file, string variable)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Invalid($"{variable}: the key file {file} cannot be read.");
        }
    }

    private static SecurityKey WithKeyId(SecurityKey key)
    {
        key.KeyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromSecurityKey(key).ComputeJwkThumbprint());
        return key;
    }

    private static string Thumbprint(byte[] secret) => Base64UrlEncoder.Encode(SHA256.HashData(secret))[..16];

    private static InvalidOperationException Invalid(string message) =>
        new("Invalid configuration:" + Environment.NewLine + "- " + message);
}
