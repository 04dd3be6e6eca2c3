namespace Meetinity.Identity.Auth;

public sealed record RefreshInput(string? RefreshToken);

public sealed record TokenPair(string Token, string RefreshToken, int ExpiresIn);

public sealed record VerifyInput(string? Token);

public sealed record VerifyResult(bool Valid, string Sub, long Exp);
