namespace Meetinity.Profile.Connections;

/// <summary>A request between two people, and once accepted, their connection. One row per pair.</summary>
public sealed class Connection
{
    public Guid Id { get; set; }

    public Guid RequesterId { get; set; }

    public Guid AddresseeId { get; set; }

    public string Status { get; set; } = ConnectionStatus.Pending;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public bool Involves(Guid userId) => RequesterId == userId || AddresseeId == userId;

    public Guid OtherThan(Guid userId) => RequesterId == userId ? AddresseeId : RequesterId;
}
