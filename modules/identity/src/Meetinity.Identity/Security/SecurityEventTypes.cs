namespace Meetinity.Identity.Security;

/// <summary>The kinds of security events.</summary>
public static class SecurityEventTypes
{
    public const string SignIn = "sign_in";
    public const string SignInFailed = "sign_in_failed";
    public const string AccountCreated = "account_created";
    public const string AccountDeleted = "account_deleted";
    public const string LoginLinked = "login_linked";
    public const string LoginUnlinked = "login_unlinked";
    public const string EmailTakenOver = "email_taken_over";
    public const string RefreshReuse = "refresh_token_reused";
    public const string Logout = "logout";
    public const string SessionRevoked = "session_revoked";
    public const string RoleChanged = "role_changed";
    public const string Suspended = "suspended";
    public const string Reinstated = "reinstated";
    public const string EmailVerified = "email_verified";
    public const string RegistrationForExistingAddress = "registration_for_existing_address";
    public const string LockedOut = "locked_out";
    public const string PasswordResetRequested = "password_reset_requested";
    public const string PasswordReset = "password_reset";
    public const string PasswordChanged = "password_changed";
}
