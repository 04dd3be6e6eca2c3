using System.Net;

namespace Meetinity.Identity.Mail;

/// <summary>The mails the Identity module sends, in plain text and HTML; links point at the frontend.</summary>
internal static class MailTemplates
{
    public const string VerifyEmail = "verify_email";
    public const string AlreadyRegistered = "already_registered";
    public const string ResetPassword = "reset_password";
    public const string PasswordChanged = "password_changed";

    public static MailContent ForVerification(string? name, string link) => Build(
        "Confirm your e-mail address for Meetinity",
        name,
        "Please confirm your e-mail address to finish creating your Meetinity account.",
        link,
        "Confirm my address",
        "If you did not sign up, ignore this mail.");

    public static MailContent ForExistingAccount(string? name, string resetLink) => Build(
        "Someone tried to sign up to Meetinity with your address",
        name,
        "Someone (maybe you) tried to create a Meetinity account with this address, which already has one. Nothing was changed. If you forgot your password, you can choose a new one.",
        resetLink,
        "Choose a new password",
        "If it was not you, you can ignore this mail.");

    public static MailContent ForReset(string? name, string link) => Build(
        "Choose a new Meetinity password",
        name,
        "We received a request to reset the password of your Meetinity account.",
        link,
        "Choose a new password",
        "If you did not ask for this, ignore this mail; your password stays as it is.");

    public static MailContent ForPasswordChanged(string? name, string resetLink) => Build(
        "Your Meetinity password was changed",
        name,
        "The password of your Meetinity account was just changed, and your other sessions were signed out.",
        resetLink,
        "This was not me: reset my password",
        "If you made this change, nothing more is needed.");

    private static MailContent Build(string subject, string? name, string message, string link, string action, string footer)
    {
        var greeting = string.IsNullOrWhiteSpace(name) ? "Hello," : $"Hello {name},";
        var text = $"{greeting}\n\n{message}\n\n{action}: {link}\n\n{footer}\n\n— Meetinity\n";
        var html = $"""
            <!DOCTYPE html><html><body style="font-family: sans-serif">
            <p>{WebUtility.HtmlEncode(greeting)}</p>
            <p>{WebUtility.HtmlEncode(message)}</p>
            <p><a href="{WebUtility.HtmlEncode(link)}">{WebUtility.HtmlEncode(action)}</a></p>
            <p style="color: #666">{WebUtility.HtmlEncode(footer)}</p>
            <p>— Meetinity</p>
            </body></html>
            """;
        return new MailContent(subject, text, html);
    }
}
