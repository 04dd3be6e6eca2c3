using System.Net.Mail;
using Meetinity.Core.Errors;
using Meetinity.Identity.Accounts;

namespace Meetinity.Identity.LocalAccounts;

/// <summary>Checks the shape of an e-mail address a person typed (never whether it has an account).</summary>
internal static class EmailAddress
{
    /// <exception cref="RequestValidationException">The address is missing or not an address.</exception>
    public static string Parse(string? value, string field = "email")
    {
        var email = value?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > AccountConsts.MaxEmailLength
            || !MailAddress.TryCreate(email, out var address) || address.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            throw new RequestValidationException(field, "A valid e-mail address is required.");
        }

        return email;
    }
}
