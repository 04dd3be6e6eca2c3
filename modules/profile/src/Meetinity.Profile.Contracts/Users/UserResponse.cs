namespace Meetinity.Profile.Users;

/// <summary><c>{"user": ...}</c>.</summary>
public sealed record UserResponse(UserDto User);
