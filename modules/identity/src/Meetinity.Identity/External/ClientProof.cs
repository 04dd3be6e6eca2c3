using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Meetinity.Identity.External;

/// <summary>
/// The client's proof that it started the flow, shaped like PKCE (RFC 7636):
/// <c>client_challenge = BASE64URL(SHA-256(client_verifier))</c>.
/// </summary>
internal static partial class ClientProof
{
    public static bool IsChallenge(string value) => ChallengePattern().IsMatch(value);

    public static bool IsVerifier(string value) => VerifierPattern().IsMatch(value);

    public static string ChallengeOf(string verifier) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex ChallengePattern();

    [GeneratedRegex("^[A-Za-z0-9._~-]{43,128}$")]
    private static partial Regex VerifierPattern();
}
