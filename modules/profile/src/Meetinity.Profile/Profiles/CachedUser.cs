using Meetinity.Profile.Users;

namespace Meetinity.Profile.Profiles;

/// <summary>What the cache holds for a user: the resource as its owner sees it, and what decides who else may.</summary>
public sealed record CachedUser(UserDto User, string Visibility, bool ShowEmail, uint Version)
{
    public string ETag => $"\"{Version}\"";
}
