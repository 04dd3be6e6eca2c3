namespace Meetinity.Identity.External;

/// <summary>
/// One sign-in flow in progress: the random <c>state</c> key, the provider it belongs to,
/// the handler's properties (with its PKCE verifier), the client's challenge and redirect
/// URI, and the account it links to when it is a link flow. Taken once, atomically.
/// </summary>
public sealed class OAuthState
{
    public const int KeyLength = 43;
    public const int MaxRedirectUriLength = 2048;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public string Key { get; set; } = string.Empty;

    public string Provider { get; set; } = string.Empty;

    public byte[] Properties { get; set; } = [];

    public string ClientChallenge { get; set; } = string.Empty;

    public string RedirectUri { get; set; } = string.Empty;

    public Guid? LinkAccountId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
