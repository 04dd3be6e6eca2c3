using System.Text.Json;

namespace Meetinity.Core.ApplicationServices;

internal static class KebabCase
{
    public static string From(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
