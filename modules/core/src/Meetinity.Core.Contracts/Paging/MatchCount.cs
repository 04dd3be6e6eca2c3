namespace Meetinity.Core.Paging;

/// <summary>
/// How many items match, counted up to <see cref="Limit"/> at most: past it the total
/// is a lower bound (<c>gte</c>), as Elasticsearch's <c>track_total_hits</c> does.
/// </summary>
public readonly record struct MatchCount(long Total, string Relation)
{
    public const int Limit = 10_000;
    public const string Exact = "eq";
    public const string AtLeast = "gte";

    /// <summary>Interprets a count taken over at most <see cref="Limit"/> + 1 rows.</summary>
    public static MatchCount FromCapped(long counted) =>
        counted > Limit ? new MatchCount(Limit, AtLeast) : new MatchCount(counted, Exact);
}
