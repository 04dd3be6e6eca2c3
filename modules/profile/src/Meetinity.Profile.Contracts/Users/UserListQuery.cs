namespace Meetinity.Profile.Users;

/// <summary>
/// The query of <c>GET /users</c> and <c>GET /users/search</c>, as sent (strings, so that a
/// bad value is answered with a message that says what is allowed, not a binder error).
/// </summary>
public sealed record UserListQuery
{
    public string? Q { get; init; }

    public string? Industry { get; init; }

    public string? Location { get; init; }

    public string? MinExperience { get; init; }

    public string? MaxExperience { get; init; }

    public string? Skills { get; init; }

    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PerPage { get; init; }
}
