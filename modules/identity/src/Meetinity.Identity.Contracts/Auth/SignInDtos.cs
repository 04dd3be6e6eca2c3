using Meetinity.Identity.Accounts;

namespace Meetinity.Identity.Auth;

/// <summary><c>POST /auth/{provider}</c>: the client's PKCE-style challenge and, optionally, where the provider sends the person back.</summary>
public sealed record StartSignInInput(string? ClientChallenge, string? RedirectUri);

public sealed record AuthUrlDto(string AuthUrl);

/// <summary>The callback's fields, as JSON (POST) or query (GET); <c>error</c> is what the provider sent back instead of a code.</summary>
public sealed record CallbackInput(string? Code, string? State, string? ClientVerifier, string? Error);

/// <summary>A signed-in answer; <c>user</c> is the whole user resource (see <see cref="IUserResourceComposer"/>).</summary>
public sealed record TokenResponse(string Token, string RefreshToken, int ExpiresIn, object User);
