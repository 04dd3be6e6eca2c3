namespace Meetinity.AuditLogging;

/// <summary>Values that never reach an audit record: passwords, tokens, secrets, keys, hashes, stamps.</summary>
public static class AuditMasking
{
    public const string Mask = "***";
    private static readonly string[] s_sensitive = ["password", "token", "secret", "hash", "stamp", "verifier", "challenge", "key", "properties", "payload", "code"];

    public static bool IsSensitive(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_sensitive.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    public static string? Apply(string name, string? value) => value is null ? null : IsSensitive(name) ? Mask : value;
}
