namespace Meetinity.Profile;

/// <summary>Who sees a profile besides its owner and admins.</summary>
public static class ProfileVisibility
{
    public const string Public = "public";
    public const string Connections = "connections";
    public const string Private = "private";

    public static bool IsValid(string? value) => value is Public or Connections or Private;
}
