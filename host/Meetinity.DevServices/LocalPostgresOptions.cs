namespace Meetinity.DevServices;

/// <summary>How to run a private PostgreSQL server.</summary>
public sealed record LocalPostgresOptions(string DataDirectory)
{
    /// <summary>The superuser that <c>initdb</c> creates (no password: trust on loopback only).</summary>
    public string User { get; init; } = "meetinity";

    /// <summary>Turns durability off (fsync, full-page writes): for throw-away test clusters only.</summary>
    public bool Ephemeral { get; init; }
}
