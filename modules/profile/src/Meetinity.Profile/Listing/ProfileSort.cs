namespace Meetinity.Profile.Listing;

/// <summary>The <c>sort</c> values of the contract and the SQL order each stands for.</summary>
internal sealed record ProfileSort(string Key, bool Descending)
{
    public const string Relevance = "relevance";

    private static readonly Dictionary<string, string> s_columns = new()
    {
        ["name"] = "lower(p.name)",
        ["experience"] = "p.experience_years",
        ["created_at"] = "p.created_at",
        ["updated_at"] = "p.updated_at",
    };

    public static IReadOnlyList<string> AllowedFor(bool search) =>
        search ? [Relevance, .. s_columns.Keys] : [.. s_columns.Keys];

    /// <summary>Parses <c>name</c>, <c>-name</c>, ...; null when the value is not allowed.</summary>
    public static ProfileSort? Parse(string value, bool search)
    {
        var descending = value.StartsWith('-');
        var key = descending ? value[1..] : value;
        return AllowedFor(search).Contains(key) ? new ProfileSort(key, descending) : null;
    }

    /// <summary>The ORDER BY list; ties broken by id so that pages never overlap.</summary>
    public string ToSql()
    {
        var direction = Descending ? "DESC" : "ASC";
        if (Key == Relevance)
        {
            // Relevance is best first; "-relevance" puts the weakest matches first.
            var best = Descending ? "ASC" : "DESC";
            return $"p.rank {best}, p.id";
        }

        return $"{s_columns[Key]} {direction} NULLS LAST, p.id {direction}";
    }
}
