using Meetinity.Core.Errors;
using Microsoft.Extensions.Primitives;

namespace Meetinity.Profile.Profiles;

/// <summary>The <c>If-Match</c> header of a change: the profile version (ETag) the client last saw.</summary>
internal static class IfMatch
{
    /// <summary>The version asked for; null when there is no header or it is <c>*</c>.</summary>
    public static uint? Parse(StringValues header)
    {
        var value = header.ToString().Trim();
        if (value.Length == 0 || value == "*")
        {
            return null;
        }

        value = value.StartsWith("W/", StringComparison.Ordinal) ? value[2..] : value;
        return value.Length > 2 && value[0] == '"' && value[^1] == '"' && uint.TryParse(value.AsSpan(1, value.Length - 2), out var version)
            ? version
            : throw Stale();
    }

    public static ApiException Stale() =>
        new(412, ErrorCodes.PreconditionFailed, "The profile changed since it was read (If-Match does not match its ETag); read it again and retry.");
}
