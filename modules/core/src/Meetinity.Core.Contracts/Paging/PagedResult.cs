namespace Meetinity.Core.Paging;

/// <summary>One page of a list, with how many items match in all.</summary>
public sealed record PagedResult<T>(
    IReadOnlyList<T> Items,
    int Page,
    int PerPage,
    long Total,
    string TotalRelation)
{
    public static PagedResult<T> Create(IReadOnlyList<T> items, PageRequest request, MatchCount count) =>
        new(items, request.Page, request.PerPage, count.Total, count.Relation);
}
