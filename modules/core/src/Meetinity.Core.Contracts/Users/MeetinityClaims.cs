namespace Meetinity.Core.Users;

/// <summary>The JWT claim names the service issues and reads (kept short, as in the token).</summary>
public static class MeetinityClaims
{
    public const string Subject = "sub";
    public const string SessionId = "sid";
    public const string Role = "role";
    public const string Email = "email";
    public const string Name = "name";
}
