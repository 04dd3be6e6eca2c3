using System.Globalization;
using Meetinity.Settings;

namespace Meetinity.Identity.LocalAccounts;

/// <summary>
/// Passwords after NIST SP 800-63B and OWASP ASVS 5.0: a minimum length (a setting), up to
/// <see cref="MaxLength"/> characters of any Unicode, no composition rules; refused when among
/// the 30,000 most common passwords (the frequency list that zxcvbn ships) or when it is,
/// or contains, the e-mail address or the name.
/// </summary>
public sealed class PasswordPolicy(ISettingProvider settings)
{
    public const int MaxLength = 256;

    private static readonly Lazy<HashSet<string>> s_common = new(LoadCommonPasswords);

    public static int CommonPasswordCount => s_common.Value.Count;

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public string? Problem(string? password, string? email, string? name)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "A password is required.";
        }

        var minimum = settings.GetInt(IdentitySettingNames.PasswordMinLength);
        var length = new StringInfo(password.Normalize()).LengthInTextElements;
        if (length < minimum)
        {
            return $"The password is too short: use at least {minimum} characters (a few words make a good one).";
        }

        if (password.Length > MaxLength)
        {
            return $"The password is too long: at most {MaxLength} characters.";
        }

        var lower = password.ToLowerInvariant();
        if (s_common.Value.Contains(lower))
        {
            return "This password is among the most common ones that attackers try first; choose another.";
        }

        foreach (var personal in PersonalWords(email, name))
        {
            if (lower.Contains(personal, StringComparison.Ordinal))
            {
                return "The password must not be or contain your e-mail address or name.";
            }
        }

        return null;
    }

    private static IEnumerable<string> PersonalWords(string? email, string? name)
    {
        if (!string.IsNullOrWhiteSpace(email))
        {
            var address = email.Trim().ToLowerInvariant();
            yield return address;
            var local = address.Split('@')[0];
            if (local.Length >= 4)
            {
                yield return local;
            }
        }

        if (!string.IsNullOrWhiteSpace(name) && name.Trim().Length >= 4)
        {
            yield return name.Trim().ToLowerInvariant();
        }
    }

    private static HashSet<string> LoadCommonPasswords()
    {
        var assembly = typeof(Zxcvbn.Zxcvbn).Assembly;
        using var stream = assembly.GetManifestResourceStream("zxcvbn-core.Dictionaries.passwords.lst")
            ?? throw new InvalidOperationException("The common-password list of zxcvbn-core was not found.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
