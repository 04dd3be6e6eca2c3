using Meetinity.Identity.Accounts;
using Meetinity.Identity.Mail;
using Meetinity.Settings;
using Microsoft.AspNetCore.WebUtilities;

namespace Meetinity.Identity.LocalAccounts;

/// <summary>Issues the tokens that mails carry and queues the mails, with links built from <c>FRONTEND_URL</c> only.</summary>
public sealed class AccountMails(OneTimeTokens tokens, MailQueue queue, ISettingProvider settings)
{
    public async Task SendVerificationAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var lifetime = TimeSpan.FromHours(settings.GetInt(IdentitySettingNames.EmailVerificationHours));
        var token = await tokens.IssueAsync(account.Id, AccountToken.VerifyEmail, lifetime, cancellationToken);
        queue.Add(account.Email!, MailTemplates.VerifyEmail, MailTemplates.ForVerification(account.Name, Link("verify-email", ("token", token))));
    }

    public async Task SendResetAsync(Account account, string template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var lifetime = TimeSpan.FromMinutes(settings.GetInt(IdentitySettingNames.PasswordResetMinutes));
        var token = await tokens.IssueAsync(account.Id, AccountToken.ResetPassword, lifetime, cancellationToken);
        var link = Link("reset-password", ("token", token), ("email", account.Email!));
        var content = template switch
        {
            MailTemplates.AlreadyRegistered => MailTemplates.ForExistingAccount(account.Name, link),
            MailTemplates.PasswordChanged => MailTemplates.ForPasswordChanged(account.Name, link),
            _ => MailTemplates.ForReset(account.Name, link),
        };
        queue.Add(account.Email!, template, content);
    }

    private string Link(string page, params (string Name, string Value)[] query)
    {
        var url = $"{settings.Get(IdentitySettingNames.FrontendUrl)!.TrimEnd('/')}/{page}";
        foreach (var (name, value) in query)
        {
            url = QueryHelpers.AddQueryString(url, name, value);
        }

        return url;
    }
}
