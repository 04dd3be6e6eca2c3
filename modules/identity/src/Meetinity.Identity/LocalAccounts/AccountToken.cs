namespace Meetinity.Identity.LocalAccounts;

/// <summary>
/// A single-use e-mail verification or password reset token. Only its SHA-256 is stored;
/// a new token of the same purpose replaces the account's previous one.
/// </summary>
public sealed class AccountToken
{
    public const string VerifyEmail = "verify_email";
    public const string ResetPassword = "reset_password";

    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public byte[] Hash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
