namespace Meetinity.Core.ApplicationServices;

/// <summary>The HTTP verb an application-service method gets from its name when no attribute says otherwise.</summary>
public static class HttpVerbConvention
{
    private static readonly (string Prefix, string Verb)[] s_prefixes =
    [
        ("Get", "GET"), ("Find", "GET"), ("List", "GET"), ("Search", "GET"),
        ("Create", "POST"), ("Add", "POST"), ("Insert", "POST"), ("Post", "POST"),
        ("Update", "PUT"), ("Put", "PUT"), ("Set", "PUT"),
        ("Patch", "PATCH"),
        ("Delete", "DELETE"), ("Remove", "DELETE"),
    ];

    /// <summary>Returns the verb and what remains of the name once the verb prefix and <c>Async</c> are gone.</summary>
    public static (string Verb, string Remainder) FromMethodName(string methodName)
    {
        var name = methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName[..^5] : methodName;
        foreach (var (prefix, verb) in s_prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && (name.Length == prefix.Length || char.IsUpper(name[prefix.Length])))
            {
                return (verb, name[prefix.Length..]);
            }
        }

        return ("POST", name);
    }
}
