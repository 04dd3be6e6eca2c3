namespace Meetinity.Identity;

/// <summary>The external sign-in providers; each name is also its authentication scheme and path segment.</summary>
public static class ExternalProviders
{
    public const string Google = "google";
    public const string LinkedIn = "linkedin";

    public static IReadOnlyList<string> All { get; } = [Google, LinkedIn];
}
