using Meetinity.Core;

namespace Meetinity.Identity.Auth;

/// <summary>
/// Sign-up with an e-mail address and a password, and the e-mail verification it needs.
/// Answers never reveal whether an address has an account.
/// </summary>
public interface ILocalAccountAppService : IApplicationService
{
    Task<StatusResponse> RegisterAsync(RegisterInput input);

    Task<StatusResponse> VerifyEmailAsync(VerifyEmailInput input);

    Task<StatusResponse> ResendVerificationAsync(EmailInput input);
}

/// <summary>Login with a password (lockout after repeated failures), and password reset and change.</summary>
public interface IPasswordAppService : IApplicationService
{
    Task<TokenResponse> LoginAsync(LoginInput input);

    Task<StatusResponse> ForgotPasswordAsync(EmailInput input);

    Task<StatusResponse> ResetPasswordAsync(ResetPasswordInput input);

    Task<StatusResponse> ChangePasswordAsync(ChangePasswordInput input);
}
