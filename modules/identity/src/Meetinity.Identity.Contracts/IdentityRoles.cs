namespace Meetinity.Identity;

/// <summary>The two roles of the contract.</summary>
public static class IdentityRoles
{
    public const string User = "user";
    public const string Admin = "admin";

    public static bool IsValid(string? role) => role is User or Admin;
}
