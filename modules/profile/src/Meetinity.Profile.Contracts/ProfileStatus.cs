namespace Meetinity.Profile;

/// <summary>Set by the user: inactive profiles are hidden from lists and search.</summary>
public static class ProfileStatus
{
    public const string Active = "active";
    public const string Inactive = "inactive";

    public static bool IsValid(string? value) => value is Active or Inactive;
}
