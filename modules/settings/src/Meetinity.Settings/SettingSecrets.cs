using Meetinity.Settings.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;

namespace Meetinity.Settings;

/// <summary>
/// Secret settings are stored encrypted with Data Protection (its key ring lives in the
/// same database, shared by every instance) and decrypted only in memory.
/// </summary>
public sealed partial class SettingSecrets(IDataProtectionProvider protection, SettingDefinitions definitions, ILogger<SettingSecrets> logger)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Meetinity.Settings.SecretValues");

    public string Conceal(SettingDefinition definition, string value)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.IsSecret ? _protector.Protect(value) : value;
    }

    /// <summary>The stored values with secrets decrypted; one that cannot be decrypted (its key is gone) is left out.</summary>
    public IEnumerable<SettingValue> Reveal(IEnumerable<SettingValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var secret = definitions.All.Where(d => d.IsSecret).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!secret.Contains(value.Name))
            {
                yield return value;
                continue;
            }

            string plain;
            try
            {
                plain = _protector.Unprotect(value.Value);
            }
            catch (System.Security.Cryptography.CryptographicException e)
            {
                LogUndecryptable(logger, value.Name, e);
                continue;
            }

            yield return new SettingValue { Name = value.Name, Value = plain, UpdatedAt = value.UpdatedAt, UpdatedBy = value.UpdatedBy };
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The stored secret setting {Name} cannot be decrypted; using configuration or its default")]
    private static partial void LogUndecryptable(ILogger logger, string name, Exception exception);
}
