namespace Meetinity.Profile.Users;

/// <summary>A page of <c>GET /users/search</c>: the list's fields and the query searched for.</summary>
public sealed record UserSearchResult(IReadOnlyList<UserDto> Items, long Total, string TotalRelation, string Query, int Page, int PerPage);
