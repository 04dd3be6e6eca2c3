namespace Meetinity.Identity.Auth;

/// <summary><c>POST /auth/register</c>.</summary>
public sealed record RegisterInput(string? Email, string? Password, string? Name);

/// <summary><c>POST /auth/login</c>.</summary>
public sealed record LoginInput(string? Email, string? Password);

/// <summary><c>POST /auth/email/verify</c>: the token from the mail identifies its account.</summary>
public sealed record VerifyEmailInput(string? Token);

/// <summary><c>POST /auth/email/resend</c> and <c>POST /auth/password/forgot</c>.</summary>
public sealed record EmailInput(string? Email);

/// <summary><c>POST /auth/password/reset</c>.</summary>
public sealed record ResetPasswordInput(string? Email, string? Token, string? NewPassword);

/// <summary><c>POST /auth/password/change</c> (signed in).</summary>
public sealed record ChangePasswordInput(string? CurrentPassword, string? NewPassword);

/// <summary>An answer that says only what happened, e.g. <c>{"status": "verification_sent"}</c>.</summary>
public sealed record StatusResponse(string Status);
