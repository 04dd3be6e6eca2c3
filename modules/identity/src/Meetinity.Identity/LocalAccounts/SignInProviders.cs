namespace Meetinity.Identity.LocalAccounts;

/// <summary>How a session was started, besides the external providers' names.</summary>
public static class SignInProviders
{
    public const string Password = "password";
}
