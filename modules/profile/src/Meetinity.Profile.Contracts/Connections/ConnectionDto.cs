namespace Meetinity.Profile.Connections;

/// <summary>
/// A connection seen by one of its two people: <c>user_id</c> and <c>user</c> are the other
/// person; <c>direction</c> says who asked (<c>outgoing</c>: the viewer).
/// </summary>
public sealed record ConnectionDto(
    Guid Id,
    Guid UserId,
    string Status,
    string Direction,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AcceptedAt,
    ConnectionUserDto User);

public sealed record ConnectionUserDto(Guid Id, string? Name, string? Title, string? Company, string? PhotoUrl);

public sealed record RequestConnectionInput(Guid? UserId);

public sealed record ConnectionListQuery(string? Status, string? Page, string? PerPage);

public sealed record ConnectionResponse(ConnectionDto Connection);

/// <summary>Connection states and the caller's views of them.</summary>
public static class ConnectionStatus
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Incoming = "incoming";
    public const string Outgoing = "outgoing";
}
