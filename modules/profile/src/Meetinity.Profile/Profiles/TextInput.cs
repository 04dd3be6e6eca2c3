using System.Text;

namespace Meetinity.Profile.Profiles;

/// <summary>
/// What a stored or searched string may hold: any Unicode text, but no NUL or other control
/// characters (PostgreSQL refuses NUL) and no lone surrogates (they are not encodable).
/// </summary>
internal static class TextInput
{
    /// <summary>Why <paramref name="value"/> is refused, or null when it is fine.</summary>
    public static string? Problem(string value, int maxLength, bool multiline = false)
    {
        if (value.Length > maxLength)
        {
            return $"is at most {maxLength} characters.";
        }

        foreach (var rune in EnumerateOrNull(value))
        {
            if (rune is null)
            {
                return "is not valid Unicode text.";
            }

            if (Rune.IsControl(rune.Value) && !(multiline && rune.Value.Value is '\n' or '\r' or '\t'))
            {
                return "must not contain control characters.";
            }
        }

        return null;
    }

    private static IEnumerable<Rune?> EnumerateOrNull(string value)
    {
        var index = 0;
        while (index < value.Length)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                yield return null;
                yield break;
            }

            yield return rune;
            index += consumed;
        }
    }
}
