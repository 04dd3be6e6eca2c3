using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Meetinity.Core.Blobs;

/// <summary>Blob names: 128 random bits in hex and a short lower-case extension, nothing else.</summary>
public static partial class BlobName
{
    public static string Generate(string extension)
    {
        if (!ExtensionPattern().IsMatch(extension))
        {
            throw new ArgumentException("A blob extension is 1 to 5 lower-case letters or digits.", nameof(extension));
        }

        return Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + "." + extension;
    }

    public static bool IsValid(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9]{1,5}$")]
    private static partial Regex ExtensionPattern();

    [GeneratedRegex("^[a-f0-9]{32}\\.[a-z0-9]{1,5}$")]
    private static partial Regex NamePattern();
}
